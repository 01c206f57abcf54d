// A local stand-in for the SNS API (query protocol) on 127.0.0.1: it records each Publish
// and answers like SNS, so the real SDK client can be pointed at it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SNSClient } from '@aws-sdk/client-sns';

export interface Published {
  topicArn: string;
  subject?: string;
  messageStructure?: string;
  /** The raw Message parameter. */
  message: string;
  /** MessageAttributes by name: data type and string value (what subscription filter policies see). */
  attributes: Record<string, { dataType: string; value: string }>;
}

export interface LocalSns {
  endpoint: string;
  client: SNSClient;
  published: Published[];
  /** Topics that exist; a Publish to any other answers NotFound like SNS. */
  topics: Set<string>;
  /** Makes the next n Publish calls fail with a 500 InternalError. */
  failNext(n: number): void;
  /** Publish calls matching `match` fail with a 500 InternalError until clearFailures(). */
  failWhen(match: (message: Published) => boolean): void;
  clearFailures(): void;
  stop(): Promise<void>;
}

export const TEST_TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:claimwatch-alerts';

export function localSnsClient(endpoint: string): SNSClient {
  return new SNSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const errorXml = (code: string, message: string) =>
  `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>local</RequestId></ErrorResponse>`;

export async function startSns(topics: string[] = [TEST_TOPIC_ARN]): Promise<LocalSns> {
  const published: Published[] = [];
  const known = new Set(topics);
  let failures = 0;
  let failMatch: ((message: Published) => boolean) | undefined;
  const server = createServer(async (req, res) => {
    const form = new URLSearchParams(await readBody(req));
    res.setHeader('content-type', 'text/xml');
    if (form.get('Action') !== 'Publish') {
      res.writeHead(400).end(errorXml('InvalidAction', `unsupported action ${form.get('Action')}`));
      return;
    }
    const topicArn = form.get('TopicArn') ?? '';
    const message: Published = {
      topicArn,
      subject: form.get('Subject') ?? undefined,
      messageStructure: form.get('MessageStructure') ?? undefined,
      message: form.get('Message') ?? '',
      attributes: {},
    };
    for (let i = 1; form.has(`MessageAttributes.entry.${i}.Name`); i++) {
      message.attributes[form.get(`MessageAttributes.entry.${i}.Name`)!] = {
        dataType: form.get(`MessageAttributes.entry.${i}.Value.DataType`) ?? '',
        value: form.get(`MessageAttributes.entry.${i}.Value.StringValue`) ?? '',
      };
    }
    if (failures > 0 || failMatch?.(message)) {
      failures = Math.max(0, failures - 1);
      res.writeHead(500).end(errorXml('InternalError', 'injected failure'));
      return;
    }
    if (!known.has(topicArn)) {
      res.writeHead(404).end(errorXml('NotFound', 'Topic does not exist'));
      return;
    }
    published.push(message);
    res.end(
      `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-${published.length}</MessageId></PublishResult><ResponseMetadata><RequestId>r-${published.length}</RequestId></ResponseMetadata></PublishResponse>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = localSnsClient(endpoint);
  return {
    endpoint,
    client,
    published,
    topics: known,
    failNext(n) {
      failures = n;
    },
    failWhen(match) {
      failMatch = match;
    },
    clearFailures() {
      failures = 0;
      failMatch = undefined;
    },
    async stop() {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
