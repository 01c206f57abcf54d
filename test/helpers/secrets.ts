// A local stand-in for Secrets Manager's GetSecretValue (JSON protocol) on 127.0.0.1, so the real
// SDK client can be pointed at it (AWS_ENDPOINT_URL_SECRETS_MANAGER). Secrets can be changed
// between calls, as an operator rotating or revoking would.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalSecrets {
  endpoint: string;
  secrets: Map<string, string>;
  /** How many GetSecretValue calls were answered. */
  reads: number;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSecrets(initial: Record<string, string> = {}): Promise<LocalSecrets> {
  const secrets = new Map(Object.entries(initial));
  const state: LocalSecrets = { endpoint: '', secrets, reads: 0, stop: async () => {} };
  const server = createServer(async (req, res) => {
    const body = JSON.parse((await readBody(req)) || '{}') as { SecretId?: string };
    const reply = (status: number, json: unknown) =>
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(json));
    if (req.headers['x-amz-target'] !== 'secretsmanager.GetSecretValue') {
      reply(400, { __type: 'InvalidRequestException', message: `unsupported ${req.headers['x-amz-target']}` });
      return;
    }
    const value = body.SecretId === undefined ? undefined : secrets.get(body.SecretId);
    if (value === undefined) {
      reply(400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      return;
    }
    state.reads++;
    reply(200, { ARN: body.SecretId, Name: body.SecretId, SecretString: value, VersionId: `v${state.reads}`, VersionStages: ['AWSCURRENT'], CreatedDate: Date.now() / 1000 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
