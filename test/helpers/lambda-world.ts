// Everything a Lambda handler talks to, on loopback: s3rver (with the repo's baseline and a
// watch profile uploaded as the stack would), the SNS capture server, a feed server; plus the
// environment variables that point the handlers (or their bundles) at them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { S3Store } from '../../functions/adapters/s3-store.ts';
import { articleId, keys } from '../../functions/core/ids.ts';
import { parseProfile } from '../../functions/core/profile.ts';
import type { Article } from '../../functions/core/types.ts';
import { REPO_ROOT } from '../../infra/stack.ts';
import { startTestServer, type TestServer } from './hostile-server.ts';
import { LOCAL_S3_CREDENTIALS, startS3, type LocalS3 } from './s3.ts';
import { startSns, TEST_TOPIC_ARN, type LocalSns } from './sns.ts';

export interface LambdaWorld {
  s3: LocalS3;
  sns: LocalSns;
  feeds: TestServer;
  /** The bucket, through the adapter under test. */
  store: S3Store;
  /** What the stack would set, pointed at the local servers. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export const LOCAL_FEED_ID = 'local-wire';
export const LOCAL_FEED_PATH = '/world.rss';

export async function startLambdaWorld(): Promise<LambdaWorld> {
  const [s3, sns, feeds] = await Promise.all([startS3(), startSns(), startTestServer()]);
  const store = new S3Store({ bucket: s3.bucket, client: s3.client });

  // What the stack's BucketDeployments upload: the repo's baseline and the chosen profile.
  const baselineDir = join(REPO_ROOT, 'baseline');
  for (const name of await readdir(baselineDir)) {
    await store.put(`baseline/${name}`, await readFile(join(baselineDir, name), 'utf8'));
  }
  const profile = parseProfile(JSON.parse(await readFile(join(REPO_ROOT, 'profiles', 'russia-vietnam.json'), 'utf8')));
  profile.feeds = [{ id: LOCAL_FEED_ID, name: 'Local wire', url: feeds.url(LOCAL_FEED_PATH), fetchPages: true }];
  await store.put('config/profile.json', JSON.stringify(profile));

  const env = {
    CLAIMWATCH_BUCKET: s3.bucket,
    CLAIMWATCH_PROFILE_KEY: 'config/profile.json',
    CLAIMWATCH_TOPIC_ARN: TEST_TOPIC_ARN,
    CLAIMWATCH_LINK_EXPIRY_SECONDS: '3600',
    // Test only: lets the fetcher reach the feed server on loopback.
    CLAIMWATCH_ALLOW_HOSTS: '127.0.0.1',
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_SNS: sns.endpoint,
    AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    POWERTOOLS_SERVICE_NAME: 'claimwatch-test',
    POWERTOOLS_METRICS_NAMESPACE: 'claimwatch/test',
  };
  return {
    s3,
    sns,
    feeds,
    store,
    env,
    async stop() {
      await Promise.all([s3.stop(), sns.stop(), feeds.close()]);
    },
  };
}

// Distinct claims the baseline does not make. The claims ledger alerts a claim once, so two
// articles of a test (or of two tests sharing a bucket) must not make the same one.
const DISTINCT_CLAIMS = [
  "Russia's Gazprom Neft and Petrovietnam will build a joint oil refinery in Thanh Hoa province, Vietnam's industry ministry said on Saturday.",
  "Vietnam Airlines will start a weekly cargo flight to the Russian city of Novosibirsk in March, the carrier said.",
  "Russia's Sberbank will open a representative office in Ho Chi Minh City next year, its chairman told Vietnamese reporters.",
  "A Russian shipyard will deliver two patrol boats to Vietnam's coast guard by 2026, the shipbuilder said.",
  "Russia's Novatek will supply liquefied natural gas to a Vietnamese power plant in Quang Ninh from 2027.",
  "Russia's Rostelecom and Vietnam's Viettel will lay an undersea data cable between Vladivostok and Hai Phong.",
  "Vietnam's Vinamilk will open a dairy farm in the Russian region of Kaluga next year, the company said.",
  "Russia will build a vaccine factory in Binh Duong province under a health agreement with Vietnam.",
  "A Russian cultural centre will open in the Vietnamese city of Da Lat in October, the embassy said.",
  "Vietnamese coffee exporters will open a trading house in the Russian port of St Petersburg this autumn.",
  "Aeroflot will resume direct flights from Moscow to Phu Quoc island in December, Russian tour operators said.",
  "Rosatom will train forty Vietnamese engineers at its Obninsk academy from September.",
  "Vietnam's Vingroup plans to sell electric buses to the Russian city of Kazan next spring.",
  "A Russian ballet company will tour Hanoi, Hue and Can Tho in November for the first time in a decade.",
  "Russian wheat shipments to Vietnamese flour mills will double this season, traders in Novorossiysk said.",
  "The Vietnamese embassy in Moscow will open a visa centre in Yekaterinburg, the foreign ministry announced.",
  "Russia's Kamaz will assemble heavy trucks at a plant in Quang Nam province with a Vietnamese partner.",
  "Vietnamese and Russian scientists will launch a joint tropical research vessel from Nha Trang in April.",
  "Russia's Yandex will open a software laboratory at Hanoi University of Science and Technology.",
  "Vietnam will export fresh durians to Russian supermarkets through Vladivostok under a new phytosanitary protocol.",
  "A Russian medical team will run a free eye clinic in Quang Tri province during the summer.",
  "Vietnamese textile maker Vinatex will supply school uniforms to the Russian region of Tatarstan.",
];
let nextClaim = 0;

/** A stored article making a claim the baseline does not make (so its report alerts), a different one each call. */
export function newArticle(slug: string, text?: string): Article {
  const url = `https://news.example.test/${slug}`;
  return {
    id: articleId(url),
    url,
    title: `Russia and Vietnam plan a joint project (${slug})`,
    source: 'Test Wire',
    published: '2024-06-22T08:00:00Z',
    fetchedAt: '2024-06-22T09:30:00.000Z',
    text: text ?? `${DISTINCT_CLAIMS[nextClaim++ % DISTINCT_CLAIMS.length]}\n`,
  };
}

export async function storeArticle(store: S3Store, article: Article | Record<string, unknown>, key?: string): Promise<string> {
  const a = article as Article;
  const target = key ?? keys.article(a.id, a.fetchedAt);
  await store.put(target, JSON.stringify(article));
  return target;
}

/** An SQS record whose body is the S3 notification for `key`, as S3 → SQS delivers it. */
export function s3Record(bucket: string, key: string, messageId = `msg-${key}`, receiveCount = 1): SQSRecord {
  const body = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: '2024-06-22T09:30:01.000Z',
        eventName: 'ObjectCreated:Put',
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          // S3 URL-encodes keys in notifications.
          object: { key: encodeURIComponent(key).replace(/%2F/g, '/'), size: 100 },
        },
      },
    ],
  };
  return sqsRecord(JSON.stringify(body), messageId, receiveCount);
}

export function sqsRecord(body: string, messageId: string, receiveCount = 1): SQSRecord {
  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '1719048601000',
      SenderId: 'AIDATEST',
      ApproximateFirstReceiveTimestamp: '1719048601000',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:claimwatch-articles',
    awsRegion: 'us-east-1',
  };
}

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** A Lambda context with `remainingMs` left, the whole of collect's 5-minute timeout by default. */
export function lambdaContext(functionName: string, remainingMs = 300_000): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: `req-${Date.now()}`,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => remainingMs,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
