// The review-link secret from Secrets Manager, cached for a short while: a revocation or a new
// key takes effect within `maxAgeMs` (a minute by default) without a redeploy.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseLinkSecret, type LinkSecret } from '../core/review-link.ts';

export interface LinkSecretSourceOptions {
  secretId: string;
  client?: SecretsManagerClient;
  maxAgeMs?: number;
  now?: () => number;
}

export class LinkSecretSource {
  private cached: { value: LinkSecret; readAt: number } | undefined;
  private readonly client: SecretsManagerClient;

  constructor(private readonly options: LinkSecretSourceOptions) {
    this.client = options.client ?? new SecretsManagerClient({});
  }

  async get(): Promise<LinkSecret> {
    const now = (this.options.now ?? Date.now)();
    if (this.cached && now - this.cached.readAt < (this.options.maxAgeMs ?? 60_000)) return this.cached.value;
    let text: string | undefined;
    try {
      text = (await this.client.send(new GetSecretValueCommand({ SecretId: this.options.secretId }))).SecretString;
    } catch (e) {
      throw new Error(`reading the link secret ${this.options.secretId} failed: ${(e as Error).name}: ${(e as Error).message}`, { cause: e });
    }
    if (text === undefined) throw new Error(`the link secret ${this.options.secretId} has no SecretString`);
    this.cached = { value: parseLinkSecret(text, `secret ${this.options.secretId}`), readAt: now };
    return this.cached.value;
  }
}
