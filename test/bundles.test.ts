// The deployable code itself: synthesize the stack with its real esbuild bundling, then load
// each function's bundle in a fresh Node process, outside the repo (so nothing can come from
// node_modules), and run its handler against the loopback S3, SNS and feed servers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../functions/core/ids.ts';
import { extractPageText } from '../functions/core/page-text.ts';
import type { Report } from '../functions/core/types.ts';
import { defineApp } from '../infra/define-app.ts';
import { REPO_ROOT } from '../infra/stack.ts';
import { articlePage, rssFeed, serve } from './helpers/hostile-server.ts';
import { signReviewLink } from '../functions/core/review-link.ts';
import { startSecrets, type LocalSecrets } from './helpers/secrets.ts';
import { lambdaContext, LOCAL_FEED_PATH, newArticle, s3Record, sqsEvent, startLambdaWorld, storeArticle, type LambdaWorld } from './helpers/lambda-world.ts';

const run = promisify(execFile);
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;

// Imports the bundle by file URL and prints the handler's result on a marked line.
const RUNNER = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, eventFile, contextFile] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
const context = { ...JSON.parse(readFileSync(contextFile, 'utf8')), getRemainingTimeInMillis: () => 300000 };
const result = await handler(JSON.parse(readFileSync(eventFile, 'utf8')), context);
process.stdout.write('\\nRESULT ' + JSON.stringify(result) + '\\n');
`;

let world: LambdaWorld;
let workDir: string;
type BundleName = 'Collect' | 'Analyze' | 'Digest' | 'Link';
const bundles: Record<BundleName, string> = { Collect: '', Analyze: '', Digest: '', Link: '' };
let secrets: LocalSecrets;
const LINK_SECRET = { id: 'bundle-link-secret', key: 'k'.repeat(16) + 'bundle-test-key-0123456789' };

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'claimwatch-bundles-'));
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'));
  const app = new App({ outdir: join(workDir, 'cdk.out'), context: cdkJson.context });
  const stack = defineApp(app);
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, { Type: string; Properties: any }> };
  for (const fn of [stack.collectFn, stack.analyzeFn, stack.digestFn, stack.linkFn]) {
    const id = stack.resolve(stack.getLogicalId(fn.node.defaultChild as never)) as string;
    const hash = String(template.Resources[id].Properties.Code.S3Key).replace(/\.zip$/, '');
    bundles[fn.node.id as BundleName] = join(assembly.directory, `asset.${hash}`, 'index.mjs');
  }
  writeFileSync(join(workDir, 'runner.mjs'), RUNNER);
  world = await startLambdaWorld();
  secrets = await startSecrets({ [LINK_SECRET.id]: JSON.stringify({ key: LINK_SECRET.key }) });
}, 180_000);

afterAll(async () => {
  await world?.stop();
  await secrets?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

async function invoke<T>(name: BundleName, event: unknown, env: Record<string, string> = {}): Promise<T> {
  const eventFile = join(workDir, `${name}-event.json`);
  const contextFile = join(workDir, `${name}-context.json`);
  writeFileSync(eventFile, JSON.stringify(event));
  writeFileSync(contextFile, JSON.stringify(lambdaContext(`claimwatch-${name.toLowerCase()}`)));
  const { stdout } = await run(process.execPath, [join(workDir, 'runner.mjs'), bundles[name], eventFile, contextFile], {
    cwd: workDir,
    env: { PATH: process.env.PATH, ...world.env, ...env },
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from the ${name} bundle:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

describe('function bundles', () => {
  it('are single self-contained ESM files of reasonable size', () => {
    for (const [name, file] of Object.entries(bundles)) {
      const size = statSync(file).size;
      expect(size, name).toBeGreaterThan(10_000);
      expect(size, name).toBeLessThan(MAX_BUNDLE_BYTES);
      expect(readFileSync(file, 'utf8')).not.toMatch(/from\s*["']@aws-sdk\//);
    }
  });

  it('analyze: the bundled engine (wink model included) writes diffs and alerts; a malformed record fails alone', async () => {
    const article = newArticle('bundle-check');
    const key = await storeArticle(world.store, article);
    const badKey = await storeArticle(world.store, { id: 'not ok', text: 1 }, 'articles/2024/06/22/not-ok.json');

    const response = await invoke<SQSBatchResponse>('Analyze', sqsEvent(s3Record(world.s3.bucket, key, 'good'), s3Record(world.s3.bucket, badKey, 'bad')));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
    const report = JSON.parse((await world.store.get(keys.diffJson(article.id, article.fetchedAt)))!) as Report;
    expect(report.relevant).toBe(true);
    // Claims are whole sentences located in the text: the tokenizer and its model worked.
    for (const f of report.findings) expect(article.text.slice(f.claim.start, f.claim.end)).toBe(f.claim.text);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(world.sns.published.filter((p) => p.message.includes(article.id))).toHaveLength(1);
  });

  it('digest: the bundled digest sends the findings analysed so far as one message marked digest', async () => {
    const article = newArticle('bundle-digest');
    await invoke<SQSBatchResponse>('Analyze', sqsEvent(s3Record(world.s3.bucket, await storeArticle(world.store, article), 'for-digest')));
    world.sns.published.length = 0;
    const result = await invoke<{ sent: boolean }>('Digest', { source: 'aws.events', 'detail-type': 'Scheduled Event' });
    expect(result.sent).toBe(true);
    expect(world.sns.published).toHaveLength(1);
    expect(world.sns.published[0].attributes.notice.value).toBe('["digest"]');
    expect(JSON.parse(world.sns.published[0].message).email).toContain(article.url);
  });

  it('collect: the bundled fetcher and feed parser store an on-topic item', async () => {
    const link = 'https://news.example.test/world/bundle-ferry';
    world.feeds.route(
      LOCAL_FEED_PATH,
      serve(
        rssFeed([
          {
            title: 'Russia and Vietnam open a ferry line',
            link,
            content: `Russia and Vietnam will open a ferry line between Vladivostok and Hai Phong in 2027. ${'Officials in Hanoi and Moscow discussed energy and trade cooperation between Russia and Vietnam. '.repeat(8)}`,
          },
        ]),
      ),
    );
    const result = await invoke<{ stored: Array<{ id: string; key: string }> }>('Collect', { source: 'aws.events', 'detail-type': 'Scheduled Event' });
    expect(result.stored).toHaveLength(1);
    expect(JSON.parse((await world.store.get(result.stored[0].key))!).url).toBe(link);
  });

  it('collect: the bundled page reader (Readability over linkedom, CSS parser stubbed) reads a summary-only item\'s page', async () => {
    const story = [
      'Russia and Vietnam agreed in Hanoi to build a joint nuclear research centre near Da Lat by 2029.',
      'Officials from Moscow and Hanoi said the centre would train engineers from both countries and from other ASEAN members.',
      'The agreement also covers medical isotopes, with the first shipments from Russia expected in 2028.',
    ];
    // A style sheet and scripts around the story: the stubbed CSS parser must never be needed.
    const page = articlePage('Russia and Vietnam plan a nuclear research centre', story)
      .replace('</head>', '<style>article p { color: #333 } @media print { nav { display: none } }</style><script>var tracking = 1;</script></head>');
    world.feeds.route('/world/nuclear-centre.html', serve(page, 'text/html; charset=utf-8'));
    const link = world.feeds.url('/world/nuclear-centre.html');
    world.feeds.route(LOCAL_FEED_PATH, serve(rssFeed([{ title: 'Russia and Vietnam plan a nuclear research centre', link, description: 'Russia and Vietnam agree on a research centre.' }])));

    const result = await invoke<{ stored: Array<{ id: string; key: string }> }>('Collect', { source: 'aws.events', 'detail-type': 'Scheduled Event' });

    expect(result.stored).toHaveLength(1);
    const article = JSON.parse((await world.store.get(result.stored[0].key))!) as { url: string; text: string };
    expect(article.url).toBe(link);
    for (const paragraph of story) expect(article.text).toContain(paragraph);
    expect(article.text).not.toMatch(/color: #333|tracking|Subscribe to our newsletter/);
    // The bundle's stand-ins change nothing: the same text as the unbundled reader's.
    expect(article.text).toBe(extractPageText(page).text);
  });

  it('link: the bundled link function checks a signed link against Secrets Manager and redirects to a page S3 serves', async () => {
    const objectKey = 'diffs/2024/06/22/00000000bundle00.html';
    await world.store.put(objectKey, '<!doctype html><title>bundle link page</title>', 'text/html; charset=utf-8');
    const link = new URL(signReviewLink({ baseUrl: 'https://links.example.test/', objectKey, secret: { key: LINK_SECRET.key }, now: new Date(), lifetimeSeconds: 3600 }));
    const event = {
      rawPath: link.pathname,
      queryStringParameters: Object.fromEntries(link.searchParams),
      requestContext: { http: { method: 'GET', path: link.pathname } },
    };
    const env = { AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint, CLAIMWATCH_LINK_SECRET_ID: LINK_SECRET.id, CLAIMWATCH_LINK_EXPIRY_SECONDS: '300' };
    const response = await invoke<{ statusCode: number; headers: Record<string, string> }>('Link', event, env);
    expect(response.statusCode).toBe(302);
    const page = await fetch(response.headers.location);
    expect(await page.text()).toContain('bundle link page');
    const tampered = await invoke<{ statusCode: number }>('Link', { ...event, rawPath: event.rawPath.replace('bundle00', 'bundle01') }, env);
    expect(tampered.statusCode).toBe(403);
  });
});
