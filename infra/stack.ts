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
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BUNDLE_ALIASES } from './bundle-aliases.ts';
import { rateMinutes, type DeploySettings } from './settings.ts';
import { addDigestAndEdits, subscribeAnalysts } from './alert-routing.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const PROFILE_KEY = 'config/profile.json';
export const COLLECT_TIMEOUT = Duration.minutes(5);
export const ANALYZE_TIMEOUT = Duration.minutes(2);
export const LINK_TIMEOUT = Duration.seconds(10);
/** The link function's redirect: a presigned S3 URL this short-lived, signed with its current credentials. */
export const PRESIGNED_REDIRECT_SECONDS = 300;
/** Collect "near its timeout": a run that took this share of its timeout or more. */
export const NEAR_TIMEOUT_SHARE = 0.8;
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

/** Application metrics (Powertools EMF) and their dimension: functions/handlers/telemetry.ts writes them. */
export const SERVICE = { collect: 'claimwatch-collect', analyze: 'claimwatch-analyze', link: 'claimwatch-link' } as const;

export class ClaimwatchStack extends Stack {
  readonly bucket: s3.Bucket;
  readonly linkFn: NodejsFunction;
  readonly linkUrl: lambda.FunctionUrl;
  readonly linkSecret: secretsmanager.Secret;
  readonly topicKey: kms.Key;
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];
  /** claimwatch/<stack name>: the application metrics and the feed-failure metric. */
  readonly metricNamespace: string;
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
    this.metricNamespace = `claimwatch/${this.stackName}`;

    this.bucket = new s3.Bucket(this, 'Store', {
      // No ACLs: the bucket owner owns every object, whoever wrote it.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !settings.retainData,
      lifecycleRules: [
        { id: 'expire-articles', prefix: 'articles/', expiration: Duration.days(settings.retentionDays) },
        // Feed state is rewritten every run: old versions would pile up forever.
        // Expired articles leave delete markers with no versions behind them: remove those too.
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
          expiredObjectDeleteMarker: true,
        },
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
    const config = new s3deploy.BucketDeployment(this, 'Config', {
      sources: [s3deploy.Source.jsonData('profile.json', settings.profile)],
      destinationBucket: this.bucket,
      destinationKeyPrefix: 'config/',
      prune: false,
      logGroup: deploymentLogs,
    });
    this.logsToOwnGroupOnly(config.handlerRole as iam.Role, deploymentLogs);

    // One customer key for both topics: SNS encryption at rest, and CloudWatch alarms of this
    // account may use it to publish to the (encrypted) ops topic.
    const topicKey = new kms.Key(this, 'TopicKey', {
      description: 'claimwatch SNS topics',
      enableKeyRotation: true,
      // Nothing stays encrypted under it once the topics are gone: no need to keep paying for it.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    this.topicKey = topicKey;
    topicKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: this.alarmsOfThisAccount(),
      }),
    );

    this.alertTopic = new sns.Topic(this, 'Alerts', { displayName: 'claimwatch alerts', masterKey: topicKey, enforceSSL: true });
    subscribeAnalysts(this.alertTopic, settings); // [edits] filter policies: what goes out at once by email and SMS

    this.opsTopic = new sns.Topic(this, 'Ops', { displayName: 'claimwatch operations', masterKey: topicKey, enforceSSL: true });
    for (const email of settings.opsEmails) this.opsTopic.addSubscription(new subs.EmailSubscription(email));
    // Without this, the topic policy (TLS-only Deny) lets no alarm publish: notifications would be dropped silently.
    this.opsTopic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.opsTopic.topicArn],
        conditions: this.alarmsOfThisAccount(),
      }),
    );

    // The key that signs review links: generated at deploy, rotated or revoked by the operator (README).
    this.linkSecret = new secretsmanager.Secret(this, 'LinkSecret', {
      description: 'claimwatch review links: HMAC key ("key"), older keys still accepted ("previousKeys"), revoked article ids ("revoked")',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ revoked: [] }),
        generateStringKey: 'key',
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const common = { CLAIMWATCH_BUCKET: this.bucket.bucketName, CLAIMWATCH_PROFILE_KEY: PROFILE_KEY, POWERTOOLS_METRICS_NAMESPACE: this.metricNamespace };
    this.collectFn = this.nodeFunction('Collect', 'collect.ts', {
      timeout: COLLECT_TIMEOUT,
      memorySize: 512,
      // Runs never overlap: two would fetch the same items and race on feed state.
      reservedConcurrentExecutions: 1,
      environment: { ...common, POWERTOOLS_SERVICE_NAME: SERVICE.collect },
      logRetentionDays: settings.logRetentionDays,
    });
    // Scheduled runs are invoked asynchronously: no retry of a failed run (the next run is the
    // retry), and a run still queued (throttled) when the next one is due is dropped.
    this.collectFn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: collectMaxEventAge(settings.schedule) });

    this.linkFn = this.nodeFunction('Link', 'link.ts', {
      timeout: LINK_TIMEOUT,
      memorySize: 256,
      environment: {
        CLAIMWATCH_BUCKET: this.bucket.bucketName,
        CLAIMWATCH_LINK_SECRET_ID: this.linkSecret.secretArn,
        CLAIMWATCH_LINK_EXPIRY_SECONDS: String(PRESIGNED_REDIRECT_SECONDS),
        POWERTOOLS_SERVICE_NAME: SERVICE.link,
        POWERTOOLS_METRICS_NAMESPACE: this.metricNamespace,
      },
      logRetentionDays: settings.logRetentionDays,
    });
    // Public on purpose: the link's HMAC signature is its authorisation (a bearer link, README "Alerts").
    this.linkUrl = this.linkFn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    this.analyzeFn = this.nodeFunction('Analyze', 'analyze.ts', {
      timeout: ANALYZE_TIMEOUT,
      memorySize: 1024,
      environment: {
        ...common,
        POWERTOOLS_SERVICE_NAME: SERVICE.analyze,
        CLAIMWATCH_TOPIC_ARN: this.alertTopic.topicArn,
        CLAIMWATCH_LINK_BASE_URL: this.linkUrl.url,
        CLAIMWATCH_LINK_SECRET_ID: this.linkSecret.secretArn,
        CLAIMWATCH_LINK_LIFETIME_SECONDS: String(settings.linkLifetimeDays * 86_400),
      },
      logRetentionDays: settings.logRetentionDays,
    });
    this.linkSecret.grantRead(this.analyzeFn);
    this.linkSecret.grantRead(this.linkFn);

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
    this.addAlarms(settings);
    this.addFeedFailureAlarm(settings);
    this.digestFn = addDigestAndEdits(this, settings, this.nodeFunction); // [edits] digest, re-check setting
    this.dashboard = this.addDashboard();

    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: 'Where articles, diffs and the baseline live' });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alertTopic.topicArn, description: 'Analyst alerts (email, SMS)' });
    new CfnOutput(this, 'OpsTopicArn', { value: this.opsTopic.topicArn, description: 'Alarms (README "When something fails")' });
    new CfnOutput(this, 'LinkSecretArn', { value: this.linkSecret.secretArn, description: 'Review-link key: rotate or revoke links here (README "Alerts")' });
    new CfnOutput(this, 'LinkBaseUrl', { value: this.linkUrl.url, description: 'The link function URL that alert links point at' });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboardName, description: 'CloudWatch dashboard: runs, articles, claims, alerts, alarms' });
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
    // Our own role instead of the CDK default (AWSLambdaBasicExecutionRole, log writes on every
    // group in the account): this function may write to its own log group only.
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `claimwatch ${id.toLowerCase()} function`,
    });
    logGroup.grantWrite(role);
    return new NodejsFunction(this, id, {
      role,
      tracing: lambda.Tracing.ACTIVE,
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
    const logGroup = this.logGroup('NotificationSetupLogs', retentionDays);
    fn?.addPropertyOverride('LoggingConfig', { LogGroup: logGroup.logGroupName });
    const role = handler?.node.tryFindChild('Role') as iam.Role | undefined;
    if (role) {
      this.logsToOwnGroupOnly(role, logGroup);
      // Its log permission comes with the role's policy: create that before the function runs.
      const policy = role.node.tryFindChild('DefaultPolicy')?.node.defaultChild as CfnResource | undefined;
      if (fn && policy) fn.addDependency(policy);
    }
  }

  /**
   * The CDK gives its helper functions AWSLambdaBasicExecutionRole (log writes to any group in
   * the account); they log to a group of ours, so they get write access to that group instead.
   */
  private logsToOwnGroupOnly(role: iam.Role, logGroup: logs.LogGroup): void {
    (role.node.defaultChild as iam.CfnRole).managedPolicyArns = undefined;
    logGroup.grantWrite(role);
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

    // Collect reads the profile and feed state (state/articles/ markers included) and writes
    // state and articles; it never reads an article back.
    allow(this.collectFn, ['s3:GetObject'], [this.bucket.arnForObjects(PROFILE_KEY), ...objects('state/')]);
    allow(this.collectFn, ['s3:PutObject'], objects('state/', 'articles/'));

    allow(this.analyzeFn, ['s3:GetObject'], [this.bucket.arnForObjects(PROFILE_KEY), ...objects('baseline/', 'articles/', 'diffs/', 'alerts/', 'ledger/')]);
    allow(this.analyzeFn, ['s3:PutObject'], objects('diffs/', 'alerts/', 'ledger/'));
    // A failed publish releases its alert marker so the retry can publish.
    allow(this.analyzeFn, ['s3:DeleteObject'], objects('alerts/'));

    // The link function presigns GETs of review pages only: its URL grants what its role may do.
    allow(this.linkFn, ['s3:GetObject'], [this.bucket.arnForObjects('diffs/*.html')]);
  }

  /** Who may use the ops topic and its key: CloudWatch, on behalf of an alarm of this account only. */
  private alarmsOfThisAccount(): Record<string, Record<string, unknown>> {
    return {
      StringEquals: { 'aws:SourceAccount': this.account },
      ArnLike: { 'aws:SourceArn': `arn:${this.partition}:cloudwatch:${this.region}:${this.account}:alarm:*` },
    };
  }

  private appMetric(service: keyof typeof SERVICE, metricName: string, statistic: string = cloudwatch.Stats.SUM, period = Duration.minutes(15)): cloudwatch.Metric {
    return new cloudwatch.Metric({ namespace: this.metricNamespace, metricName, dimensionsMap: { service: SERVICE[service] }, statistic, period });
  }

  /** An alarm to the ops topic, on the dashboard with the others. */
  alarm(id: string, props: cloudwatch.AlarmProps): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, props);
    alarm.addAlarmAction(new cwActions.SnsAction(this.opsTopic));
    this.alarms.push(alarm);
    return alarm;
  }

  private addAlarms(settings: DeploySettings): void {
    const atLeastOnce = { threshold: 1, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD };
    const quiet = cloudwatch.TreatMissingData.NOT_BREACHING;
    this.alarm('DeadLettersAlarm', {
      alarmDescription: 'Articles failed analysis 3 times and wait in the dead-letter queue. README "When something fails": read the analyze logs for the article key, fix, then redrive.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      ...atLeastOnce,
      treatMissingData: quiet,
    });
    for (const fn of [this.collectFn, this.analyzeFn, this.linkFn]) {
      this.alarm(`${fn.node.id}ErrorsAlarm`, {
        alarmDescription: `claimwatch ${fn.node.id.toLowerCase()} function failed (an invocation ended in an error). Its log group says why.`,
        metric: fn.metricErrors({ period: Duration.minutes(15) }),
        ...atLeastOnce,
        treatMissingData: quiet,
      });
    }
    this.alarm('AnalysisFailuresAlarm', {
      alarmDescription: 'An article failed analysis (SQS retries it, then the dead-letter queue). Analyze logs: "article analysis failed" or "article is malformed", with the article key and the error.',
      metric: this.appMetric('analyze', 'AnalysisFailures'),
      ...atLeastOnce,
      treatMissingData: quiet,
    });
    this.alarm('CollectThrottledAlarm', {
      alarmDescription: 'A scheduled collect run was throttled: the previous run was still going (collect runs one at a time), or the account is out of concurrency. Runs that keep overlapping mean feeds take longer than the schedule allows.',
      metric: this.collectFn.metricThrottles({ period: Duration.minutes(15) }),
      ...atLeastOnce,
      treatMissingData: quiet,
    });
    const nearTimeoutMs = Math.round(COLLECT_TIMEOUT.toMilliseconds() * NEAR_TIMEOUT_SHARE);
    this.alarm('CollectNearTimeoutAlarm', {
      alarmDescription: `A collect run took ${nearTimeoutMs / 1000} s or more of its ${COLLECT_TIMEOUT.toSeconds()} s timeout: feeds were probably left for the next run ("feed deferred" in the collect logs). Too many or too slow feeds for one run.`,
      metric: this.collectFn.metricDuration({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(15) }),
      threshold: nearTimeoutMs,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: quiet,
    });
    const silence = collectSilenceWindow(settings.schedule);
    this.alarm('CollectNotRunningAlarm', {
      alarmDescription: `collect was not invoked for ${silence.toHumanString()} (schedule ${settings.schedule}): the schedule rule is disabled or failing, or the function cannot be invoked. No data counts as not running.`,
      metric: this.collectFn.metricInvocations({ statistic: cloudwatch.Stats.SUM, period: silence }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    this.alarm('ArticlesWaitingAlarm', {
      alarmDescription: `An article has waited ${articleWaitThreshold().toHumanString()} or more in the analysis queue: longer than its 3 attempts take, so analyze is not keeping up or not reading the queue (throttled, failing, or its event source disabled).`,
      metric: this.queue.metricApproximateAgeOfOldestMessage({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
      threshold: articleWaitThreshold().toSeconds(),
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: quiet,
    });
    this.alarm('AlertDeliveryFailingAlarm', {
      alarmDescription: 'SNS could not deliver analyst alerts (email or SMS). Usually the SMS monthly spend limit was reached, an SMS number is not verified (sandbox), or an endpoint rejects them. SNS delivery logs and the SMS spending limit are under SNS -> Text messaging.',
      metric: this.alertTopic.metricNumberOfNotificationsFailed({ period: Duration.minutes(15) }),
      ...atLeastOnce,
      treatMissingData: quiet,
    });
  }

  private addDashboard(): cloudwatch.Dashboard {
    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    const sums = (service: keyof typeof SERVICE, names: string[]) => names.map((n) => this.appMetric(service, n));
    dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Collect: per 15 minutes',
        left: sums('collect', ['FeedItemsRead', 'ArticlesStored', 'ArticlesSkipped', 'ArticlesRetried']),
        right: sums('collect', ['FeedsFailed', 'FeedsDeferred']),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Collect runs: duration (max) and throttles',
        left: [this.collectFn.metricDuration({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(15) })],
        right: [this.collectFn.metricThrottles({ period: Duration.minutes(15) }), this.collectFn.metricInvocations({ period: Duration.minutes(15) })],
        leftAnnotations: [{ value: COLLECT_TIMEOUT.toMilliseconds() * NEAR_TIMEOUT_SHARE, label: 'near timeout' }],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Analysis: articles, alerts sent, failures',
        left: sums('analyze', ['ArticlesAnalysed', 'AlertsSent', 'AnalysisFailures']),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Claims per label',
        left: sums('analyze', ['ClaimsNew', 'ClaimsContradiction', 'ClaimsKnown', 'ClaimsRepeated']),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Analysis duration per article (ms)',
        left: ['p50', 'p99', cloudwatch.Stats.MAXIMUM].map((stat) => this.appMetric('analyze', 'AnalysisDuration', stat)),
        width: 8,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Queue: oldest article (s), dead letters',
        left: [this.queue.metricApproximateAgeOfOldestMessage({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) })],
        right: [this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) })],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Alert delivery (SNS)',
        left: [this.alertTopic.metricNumberOfMessagesPublished(), this.alertTopic.metricNumberOfNotificationsDelivered(), this.alertTopic.metricNumberOfNotificationsFailed()],
        width: 12,
      }),
    );
    return dashboard;
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
      metricNamespace: this.metricNamespace,
      metricName: 'FeedConsecutiveFailures',
      metricValue: `$.${FEED_FAILED_LOG.count}`,
      unit: cloudwatch.Unit.COUNT,
    });
    const { message, feed, count, details } = FEED_FAILED_LOG;
    this.alarm('FeedFailingAlarm', {
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
  }
}

/** Minutes between collect runs; a cron(...) schedule counts as the default 15. */
function scheduleMinutes(schedule: string): number {
  return rateMinutes(schedule) ?? 15;
}

/**
 * Async-invoke event age for collect: below the schedule interval, so a run throttled behind a
 * long one is dropped before the next is due rather than piling up (Lambda allows 1 min to 6 h).
 */
export function collectMaxEventAge(schedule: string): Duration {
  return Duration.minutes(Math.min(360, Math.max(1, scheduleMinutes(schedule) - 1)));
}

/**
 * "collect did not run" looks at this window: two intervals, so one late or lost run does not
 * page anyone; at least 30 minutes, at most a day (cron schedules: a day).
 */
export function collectSilenceWindow(schedule: string): Duration {
  const minutes = rateMinutes(schedule);
  if (minutes === undefined) return Duration.days(1);
  return Duration.minutes(Math.min(1440, Math.max(30, 2 * minutes)));
}

/** An article's 3 analysis attempts take up to 3 visibility timeouts; waiting longer than that plus 5 minutes means a stuck consumer. */
export function articleWaitThreshold(): Duration {
  return Duration.minutes(QUEUE_VISIBILITY.toMinutes() * MAX_RECEIVE_COUNT + 5);
}
