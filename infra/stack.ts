// The claimwatch stack: one bucket, the collect and analyze Lambdas, the queue between them,
// the alert topic with its subscriptions, and alarms to an ops topic. See DESIGN.md "Flow on AWS".
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, type CfnResource, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BUNDLE_ALIASES } from './bundle-aliases.ts';
import type { DeploySettings } from './settings.ts';
import { addDigestAndEdits, subscribeAnalysts } from './alert-routing.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const PROFILE_KEY = 'config/profile.json';
export const COLLECT_TIMEOUT = Duration.minutes(5);
export const ANALYZE_TIMEOUT = Duration.minutes(2);
/** SQS advice: at least 6x the consumer's timeout, so a retried batch is not redelivered mid-run. */
export const QUEUE_VISIBILITY = Duration.seconds(ANALYZE_TIMEOUT.toSeconds() * 6);
export const MAX_RECEIVE_COUNT = 3;

/**
 * The collector's log line for a feed that failed (functions/pipeline/collect.ts), as Powertools
 * writes it: one JSON object with the message and the fields as top-level keys, e.g.
 * {"level":"ERROR","message":"feed failed","feed":"tass-world","url":"…","error":"…","consecutiveFailures":8,…}.
 * The metric filter and the alarm's instructions rely on these names and on the count being a
 * JSON number; test/handlers.test.ts checks them against what a failing run really logs.
 */
export const FEED_FAILED_LOG = { message: 'feed failed', feed: 'feed', count: 'consecutiveFailures', details: ['url', 'error'] } as const;
/** The feed-failure alarm fires on any matching line in this window, and clears once none was logged in it. */
export const FEED_FAILURE_WINDOW = Duration.hours(2);
const FEED_FAILURE_PERIOD = Duration.minutes(15);

/** Matches the log line of a feed that has failed `threshold` runs in a row or more. */
export function feedFailurePattern(threshold: number): logs.IFilterPattern {
  return logs.FilterPattern.all(
    logs.FilterPattern.stringValue('$.message', '=', FEED_FAILED_LOG.message),
    logs.FilterPattern.numberValue(`$.${FEED_FAILED_LOG.count}`, '>=', threshold),
  );
}

export interface ClaimwatchStackProps extends StackProps {
  settings: DeploySettings;
}

export class ClaimwatchStack extends Stack {
  readonly bucket: s3.Bucket;
  readonly alertTopic: sns.Topic;
  readonly opsTopic: sns.Topic;
  readonly collectFn: NodejsFunction;
  readonly analyzeFn: NodejsFunction;
  readonly queue: sqs.Queue;
  readonly deadLetters: sqs.Queue;
  readonly digestFn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ClaimwatchStackProps) {
    super(scope, id, props);
    const { settings } = props;

    this.bucket = new s3.Bucket(this, 'Store', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !settings.retainData,
      lifecycleRules: [
        { id: 'expire-articles', prefix: 'articles/', expiration: Duration.days(settings.retentionDays) },
        // Feed state is rewritten every run: old versions would pile up forever.
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });

    // Both deployments share the CDK's one handler function, so they share its log group.
    // prune: false keeps objects the repo does not have, i.e. documents accepted into the
    // baseline on S3 with `claimwatch baseline accept --bucket` (README "Deploy" explains the
    // manifest caveat). A deployment re-runs only when its files in the repo change.
    const deploymentLogs = this.logGroup('DeploymentLogs', settings.logRetentionDays);
    new s3deploy.BucketDeployment(this, 'Baseline', {
      sources: [s3deploy.Source.asset(join(REPO_ROOT, 'baseline'))],
      destinationBucket: this.bucket,
      destinationKeyPrefix: 'baseline/',
      prune: false,
      logGroup: deploymentLogs,
    });
    new s3deploy.BucketDeployment(this, 'Config', {
      sources: [s3deploy.Source.jsonData('profile.json', settings.profile)],
      destinationBucket: this.bucket,
      destinationKeyPrefix: 'config/',
      prune: false,
      logGroup: deploymentLogs,
    });

    // One customer key for both topics: SNS encryption at rest, and CloudWatch may use it to
    // publish alarms to the (encrypted) ops topic.
    const topicKey = new kms.Key(this, 'TopicKey', {
      description: 'claimwatch SNS topics',
      enableKeyRotation: true,
      // Nothing stays encrypted under it once the topics are gone: no need to keep paying for it.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    topicKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.alertTopic = new sns.Topic(this, 'Alerts', { displayName: 'claimwatch alerts', masterKey: topicKey, enforceSSL: true });
    subscribeAnalysts(this.alertTopic, settings); // [edits] filter policies: what goes out at once by email and SMS

    this.opsTopic = new sns.Topic(this, 'Ops', { displayName: 'claimwatch operations', masterKey: topicKey, enforceSSL: true });
    for (const email of settings.opsEmails) this.opsTopic.addSubscription(new subs.EmailSubscription(email));

    const common = { CLAIMWATCH_BUCKET: this.bucket.bucketName, CLAIMWATCH_PROFILE_KEY: PROFILE_KEY };
    this.collectFn = this.nodeFunction('Collect', 'collect.ts', {
      timeout: COLLECT_TIMEOUT,
      memorySize: 512,
      // Runs never overlap: two would fetch the same items and race on feed state.
      reservedConcurrentExecutions: 1,
      environment: { ...common, POWERTOOLS_SERVICE_NAME: 'claimwatch-collect' },
      logRetentionDays: settings.logRetentionDays,
    });
    this.analyzeFn = this.nodeFunction('Analyze', 'analyze.ts', {
      timeout: ANALYZE_TIMEOUT,
      memorySize: 1024,
      environment: {
        ...common,
        POWERTOOLS_SERVICE_NAME: 'claimwatch-analyze',
        CLAIMWATCH_TOPIC_ARN: this.alertTopic.topicArn,
        CLAIMWATCH_LINK_EXPIRY_SECONDS: String(settings.linkExpiryHours * 3600),
      },
      logRetentionDays: settings.logRetentionDays,
    });

    new events.Rule(this, 'CollectSchedule', {
      description: 'claimwatch: read the feeds',
      schedule: events.Schedule.expression(settings.schedule),
      targets: [new targets.LambdaFunction(this.collectFn, { retryAttempts: 0 })],
    });

    this.deadLetters = new sqs.Queue(this, 'ArticlesDeadLetters', {
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });
    this.queue = new sqs.Queue(this, 'Articles', {
      visibilityTimeout: QUEUE_VISIBILITY,
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(this.queue), { prefix: 'articles/' });
    this.retainNotificationHandlerLogs(settings.logRetentionDays);
    // Two analyzers at most: plenty for news volumes, bounded cost, few races on diffs/index.json.
    this.analyzeFn.addEventSource(new SqsEventSource(this.queue, { batchSize: 10, maxConcurrency: 2, reportBatchItemFailures: true }));

    this.grantStoreAccess();
    this.alertTopic.grantPublish(this.analyzeFn);
    this.addAlarms();
    this.addFeedFailureAlarm(settings);
    this.digestFn = addDigestAndEdits(this, settings, this.nodeFunction); // [edits] digest, re-check setting

    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: 'Where articles, diffs and the baseline live' });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alertTopic.topicArn, description: 'Analyst alerts (email, SMS)' });
    new CfnOutput(this, 'OpsTopicArn', { value: this.opsTopic.topicArn, description: 'Alarms: dead letters, function errors, failing feeds' });
    new CfnOutput(this, 'ReviewDiffsCommand', {
      value: Fn.join('', ['npx claimwatch diffs list --bucket ', this.bucket.bucketName]),
      description: 'Review the stored diffs',
    });
  }

  /** @internal also used by alert-routing.ts */
  nodeFunction(
    id: string,
    handlerFile: string,
    options: {
      timeout: Duration;
      memorySize: number;
      reservedConcurrentExecutions?: number;
      environment: Record<string, string>;
      logRetentionDays: number;
    },
  ): NodejsFunction {
    const logGroup = this.logGroup(`${id}Logs`, options.logRetentionDays);
    return new NodejsFunction(this, id, {
      entry: join(REPO_ROOT, 'functions', 'handlers', handlerFile),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: options.timeout,
      memorySize: options.memorySize,
      reservedConcurrentExecutions: options.reservedConcurrentExecutions,
      environment: { ...options.environment, NODE_OPTIONS: '--enable-source-maps' },
      logGroup,
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        // The SDK version comes from our lockfile, not whatever the runtime ships (IfNoneMatch needs a recent one).
        bundleAwsSDK: true,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        mainFields: ['module', 'main'],
        // CommonJS dependencies (wink-nlp and its model) call require(); ESM output needs one.
        banner: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);",
        // Stubs for code the functions never run (infra/bundle-aliases.ts says which and why).
        esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIASES).map(([from, to]) => `${from}=${to}`) },
      },
    });
  }

  /** The CDK's bucket-notification setup function has no log settings of its own: give it ours. */
  private retainNotificationHandlerLogs(retentionDays: number): void {
    const handler = this.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
    const fn = handler?.node.tryFindChild('Resource') as CfnResource | undefined;
    fn?.addPropertyOverride('LoggingConfig', { LogGroup: this.logGroup('NotificationSetupLogs', retentionDays).logGroupName });
  }

  private logGroup(id: string, retentionDays: number): logs.LogGroup {
    // settings.ts only lets through values CloudWatch accepts.
    return new logs.LogGroup(this, id, { retention: retentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
  }

  /** Each function may touch only the prefixes it uses (DESIGN.md "Storage layout"). */
  private grantStoreAccess(): void {
    const objects = (...prefixes: string[]) => prefixes.map((p) => this.bucket.arnForObjects(`${p}*`));
    const allow = (fn: NodejsFunction, actions: string[], resources: string[]) =>
      fn.addToRolePolicy(new iam.PolicyStatement({ actions, resources }));

    // ListBucket reveals key names only; without it S3 answers 403 instead of 404 for a
    // missing key, and "not there yet" could not be told from "not allowed".
    for (const fn of [this.collectFn, this.analyzeFn]) allow(fn, ['s3:ListBucket'], [this.bucket.bucketArn]);

    allow(this.collectFn, ['s3:GetObject'], objects('config/', 'state/', 'articles/'));
    allow(this.collectFn, ['s3:PutObject'], objects('state/', 'articles/'));

    allow(this.analyzeFn, ['s3:GetObject'], objects('config/', 'baseline/', 'articles/', 'diffs/', 'alerts/', 'ledger/'));
    allow(this.analyzeFn, ['s3:PutObject'], objects('diffs/', 'alerts/', 'ledger/'));
    // A failed publish releases its alert marker so the retry can publish.
    allow(this.analyzeFn, ['s3:DeleteObject'], objects('alerts/'));
  }

  private addAlarms(): void {
    const action = new cwActions.SnsAction(this.opsTopic);
    const alarms = [
      new cloudwatch.Alarm(this, 'DeadLettersAlarm', {
        alarmDescription: 'Articles failed analysis 3 times and wait in the dead-letter queue',
        metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      ...[this.collectFn, this.analyzeFn].map(
        (fn) =>
          new cloudwatch.Alarm(this, `${fn.node.id}ErrorsAlarm`, {
            alarmDescription: `claimwatch ${fn.node.id.toLowerCase()} function failed`,
            metric: fn.metricErrors({ period: Duration.minutes(15) }),
            threshold: 1,
            evaluationPeriods: 1,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
      ),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(action);
  }

  /**
   * A feed that keeps failing (moved, dead URL, blocked) does not make collect fail, so the
   * Errors alarm never sees it: a metric filter on collect's log lines does. Its metric is the
   * failure count of feeds at or past the threshold, published only while one is failing (no
   * cost otherwise). No per-feed dimension: an alarm watches one dimension set, so naming the
   * feed in the alarm would take one alarm per feed; the alarm says how to find it instead.
   * The namespace carries the stack name, so two stacks in one account never trip each other.
   */
  private addFeedFailureAlarm(settings: DeploySettings): void {
    const threshold = settings.feedFailureAlarmAfter;
    const filter = this.collectFn.logGroup.addMetricFilter('FeedFailureFilter', {
      filterPattern: feedFailurePattern(threshold),
      metricNamespace: `claimwatch/${this.stackName}`,
      metricName: 'FeedConsecutiveFailures',
      metricValue: `$.${FEED_FAILED_LOG.count}`,
      unit: cloudwatch.Unit.COUNT,
    });
    const { message, feed, count, details } = FEED_FAILED_LOG;
    const alarm = new cloudwatch.Alarm(this, 'FeedFailingAlarm', {
      alarmDescription: [
        `A claimwatch feed has failed ${threshold} collect runs in a row (schedule ${settings.schedule}); the other feeds are still collected.`,
        `Which feed and why: log group ${this.collectFn.logGroup.logGroupName}, lines with message "${message}" (fields ${feed}, ${details.join(', ')}, ${count}).`,
        `Logs Insights: filter message = "${message}" and ${count} >= ${threshold} | stats max(${count}) as runs, latest(error) as lastError by ${feed}.`,
        `Feed state: s3://${this.bucket.bucketName}/state/feeds/<${feed}>.json (lastError, lastSuccessAt).`,
        `Usual causes: the feed moved or died, or the site blocks us; fix its url in profiles/${settings.profileName}.json and deploy.`,
        `Clears ${FEED_FAILURE_WINDOW.toHumanString()} after the last such line.`,
      ].join(' '),
      metric: filter.metric({ statistic: cloudwatch.Stats.MAXIMUM, period: FEED_FAILURE_PERIOD }),
      threshold,
      // Any one matching line in the window: a run every hour or two keeps it in ALARM (one
      // notification), instead of flapping to OK between runs and notifying again each run.
      evaluationPeriods: FEED_FAILURE_WINDOW.toMinutes() / FEED_FAILURE_PERIOD.toMinutes(),
      datapointsToAlarm: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new cwActions.SnsAction(this.opsTopic));
  }
}
