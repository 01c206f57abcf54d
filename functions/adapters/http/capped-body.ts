// Reading a response body without ever holding more than the cap: the compressed bytes are
// counted as they arrive and the decompressed bytes as they come out of zlib, so a 50 MB
// body or a gzip bomb stops at the cap instead of after it has been read or inflated.
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from '../../core/ports.ts';

function decompressorFor(encoding: string | undefined): Transform | undefined {
  switch ((encoding ?? 'identity').trim().toLowerCase()) {
    case 'identity':
    case '':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError('network', `unsupported Content-Encoding ${JSON.stringify(encoding)}`);
  }
}

function tooLarge(maxBytes: number, what: string): FetchError {
  return new FetchError('too-large', `${what} is larger than the ${maxBytes}-byte cap`);
}

/** The whole body (decompressed), or a FetchError: 'too-large' past `maxBytes`. */
export function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      reject(tooLarge(maxBytes, `the body (Content-Length ${declared})`));
      return;
    }
    let decompressor: Transform | undefined;
    try {
      decompressor = decompressorFor(response.headers['content-encoding']);
    } catch (error) {
      response.destroy();
      reject(error);
      return;
    }

    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      decompressor?.destroy();
      response.destroy();
      reject(error);
    };

    let received = 0;
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(tooLarge(maxBytes, 'the body'));
    });
    response.on('error', (error) => fail(error));
    response.on('aborted', () => fail(new FetchError('network', 'the server closed the connection mid-body')));

    const decoded = decompressor ? response.pipe(decompressor) : response;
    const chunks: Buffer[] = [];
    let size = 0;
    decoded.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge(maxBytes, 'the decompressed body'));
      chunks.push(chunk);
    });
    decoded.on('error', (error) =>
      fail(error instanceof FetchError ? error : new FetchError('network', `could not decompress the body: ${error.message}`)),
    );
    decoded.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}
