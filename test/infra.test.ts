// The stack's guarantees (issue 4), checked on the synthesized CloudFormation template.
// Bundling is off here (test/bundles.test.ts covers it), so one synth takes seconds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineApp } from '../infra/define-app.ts';
import { defaultFeedFailureAlarmAfter, readSettings, SettingsError } from '../infra/settings.ts';
import { parseProfile } from '../functions/core/profile.ts';
import {
  ANALYZE_TIMEOUT,
  articleWaitThreshold,
  ClaimwatchStack,
  collectMaxEventAge,
  collectSilenceWindow,
  FEED_FAILURE_WINDOW,
  QUEUE_VISIBILITY,
  REPO_ROOT,
} from '../infra/stack.ts';

const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { app: string; context: Record<string, unknown> };
const outDirs: string[] = [];

function synth(context: Record<string, unknown>, profilesDir?: string): { stack: ClaimwatchStack; template: Template; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'claimwatch-cdk-'));
  outDirs.push(outdir);
  const app = new App({ outdir, context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = defineApp(app, profilesDir);
  return { stack, template: Template.fromStack(stack), outdir };
}

/** Renders CloudFormation intrinsics to readable strings: {Fn::GetAtt:[X,Arn]} → "X.Arn". */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (v.Ref) return String(v.Ref);
  if (v['Fn::GetAtt']) return (v['Fn::GetAtt'] as string[]).join('.');
  if (v['Fn::Join']) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(render).join(sep);
  }
  return JSON.stringify(value);
}

const settingsContext = {
  alertEmails: 'analyst@example.com, lead@example.org',
  smsNumbers: '+84912345678',
  opsEmails: 'ops@example.com',
  retentionDays: '45',
  schedule: 'rate(10 minutes)',
  linkLifetimeDays: '10',
  logRetentionDays: '14',
};

let stack: ClaimwatchStack;
let template: Template;
let outdir: string;
let resources: Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;

beforeAll(() => {
  ({ stack, template, outdir } = synth(settingsContext));
  resources = template.toJSON().Resources;
});
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.resolve(stack.getLogicalId(construct.node.defaultChild as never)) as string;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** "action on resource" for every statement of the policies attached to the function's role. */
function permissions(fn: ClaimwatchStack['collectFn']): string[] {
  const role = logicalId(fn.role as never);
  const granted: string[] = [];
  for (const [, policy] of ofType('AWS::IAM::Policy')) {
    if (!policy.Properties.Roles.some((r: unknown) => render(r) === role)) continue;
    for (const st of policy.Properties.PolicyDocument.Statement) {
      expect(st.Effect).toBe('Allow');
      for (const action of [st.Action].flat()) for (const res of [st.Resource].flat()) granted.push(`${action} on ${render(res)}`);
    }
  }
  return granted.sort();
}

describe('the bucket', () => {
  it('is encrypted, private, TLS-only, versioned, expires articles and is retained by default', () => {
    const bucketId = logicalId(stack.bucket);
    const bucket = resources[bucketId];
    expect(bucket.DeletionPolicy).toBe('Retain');
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'articles/', ExpirationInDays: 45, Status: 'Enabled' })]) },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('gets the repo baseline under baseline/ (never pruned) and the chosen profile at config/profile.json', () => {
    const deployments = ofType('Custom::CDKBucketDeployment').map(([, r]) => r.Properties);
    expect(deployments.map((d) => [d.DestinationBucketKeyPrefix, d.Prune]).sort()).toEqual([
      ['baseline/', false],
      ['config/', false],
    ]);
    for (const d of deployments) expect(render(d.DestinationBucketName)).toBe(logicalId(stack.bucket));
    // Each source is an asset staged in the cloud assembly as a folder named by its hash.
    const staged = (prefix: string) => {
      const d = deployments.find((x) => x.DestinationBucketKeyPrefix === prefix)!;
      const hash = render(d.SourceObjectKeys[0]).replace(/\.zip$/, '');
      return join(outdir, `asset.${hash}`);
    };
    expect(readFileSync(join(staged('baseline/'), 'manifest.json'), 'utf8')).toBe(readFileSync(join(REPO_ROOT, 'baseline', 'manifest.json'), 'utf8'));
    const uploaded = JSON.parse(readFileSync(join(staged('config/'), 'profile.json'), 'utf8'));
    const profile = parseProfile(JSON.parse(readFileSync(join(REPO_ROOT, 'profiles', 'russia-vietnam.json'), 'utf8')));
    expect(uploaded).toEqual(profile);
    expect(stack.resolve(resources[logicalId(stack.analyzeFn)].Properties.Environment.Variables.CLAIMWATCH_PROFILE_KEY)).toBe('config/profile.json');
  });

  it('announces new articles/ objects to the queue', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'articles/' }] } },
            QueueArn: { 'Fn::GetAtt': [logicalId(stack.queue), 'Arn'] },
          },
        ],
      },
    });
  });
});

describe('the functions', () => {
  it('run nodejs22.x on arm64 with their log retention', () => {
    for (const fn of [stack.collectFn, stack.analyzeFn, stack.digestFn]) {
      const props = resources[logicalId(fn)].Properties;
      expect(props.Runtime).toBe('nodejs22.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Environment.Variables.CLAIMWATCH_BUCKET).toEqual({ Ref: logicalId(stack.bucket) });
      expect(props.Environment.Variables.CLAIMWATCH_ALLOW_HOSTS).toBeUndefined();
      const logGroup = resources[render(props.LoggingConfig.LogGroup)];
      expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
      expect(logGroup.Properties.RetentionInDays).toBe(14);
    }
  });

  it('every function of the stack, the CDK helpers included, logs to a group with retention', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.length).toBe(6); // collect, analyze, digest, link, bucket deployment, notification setup
    for (const [id, fn] of functions) {
      const group = resources[render(fn.Properties.LoggingConfig?.LogGroup ?? `(none for ${id})`)];
      expect(group?.Properties.RetentionInDays, id).toBe(14);
    }
  });

  it('collect runs on the schedule, never two at once', () => {
    const collect = resources[logicalId(stack.collectFn)].Properties;
    expect(collect.ReservedConcurrentExecutions).toBe(1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(10 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(stack.collectFn), 'Arn'] } })],
    });
  });

  it('analyze reads the queue with partial batch failures and knows the alert topic and how to sign review links', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(stack.analyzeFn) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.queue), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    const env = resources[logicalId(stack.analyzeFn)].Properties.Environment.Variables;
    expect(env.CLAIMWATCH_TOPIC_ARN).toEqual({ Ref: logicalId(stack.alertTopic) });
    expect(env.CLAIMWATCH_LINK_LIFETIME_SECONDS).toBe(String(10 * 86_400));
    expect(env.CLAIMWATCH_LINK_SECRET_ID).toEqual({ Ref: logicalId(stack.linkSecret) });
    expect(env.CLAIMWATCH_LINK_BASE_URL).toEqual({ 'Fn::GetAtt': [logicalId(stack.linkUrl), 'FunctionUrl'] });
    expect(env.CLAIMWATCH_LINK_EXPIRY_SECONDS).toBeUndefined();
  });

  it('every function traces to X-Ray and writes its metrics to the stack namespace', () => {
    for (const fn of [stack.collectFn, stack.analyzeFn, stack.linkFn]) {
      const props = resources[logicalId(fn)].Properties;
      expect(props.TracingConfig).toEqual({ Mode: 'Active' });
      expect(props.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe('claimwatch/Claimwatch');
    }
  });

  it('a scheduled collect run is never retried by Lambda, and a queued one is dropped before the next is due', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack.collectFn) },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 9 * 60, // schedule every 10 minutes
    });
    expect(collectMaxEventAge('rate(15 minutes)').toMinutes()).toBe(14);
    expect(collectMaxEventAge('rate(1 day)').toMinutes()).toBe(360);
    expect(collectMaxEventAge('rate(1 minute)').toMinutes()).toBe(1);
  });

  it('the link function is public behind its function URL (the signature is the authorisation) and presigns for 5 minutes', () => {
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [logicalId(stack.linkFn), 'Arn'] } });
    const env = resources[logicalId(stack.linkFn)].Properties.Environment.Variables;
    expect(env.CLAIMWATCH_LINK_EXPIRY_SECONDS).toBe('300');
    expect(env.CLAIMWATCH_LINK_SECRET_ID).toEqual({ Ref: logicalId(stack.linkSecret) });
    const secret = resources[logicalId(stack.linkSecret)].Properties.GenerateSecretString;
    expect(secret).toMatchObject({ GenerateStringKey: 'key', PasswordLength: 64 });
  });
});

describe('the queue', () => {
  it('sends a message to the DLQ after 3 receives and hides it for at least 6x the analyze timeout', () => {
    const queue = resources[logicalId(stack.queue)].Properties;
    expect(queue.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack.deadLetters), 'Arn'] }, maxReceiveCount: 3 });
    const analyzeTimeout = resources[logicalId(stack.analyzeFn)].Properties.Timeout;
    expect(analyzeTimeout).toBe(ANALYZE_TIMEOUT.toSeconds());
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * analyzeTimeout);
  });

  it('both queues refuse non-TLS access and are encrypted', () => {
    for (const q of [stack.queue, stack.deadLetters]) {
      expect(resources[logicalId(q)].Properties.SqsManagedSseEnabled).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalId(q) }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });
});

describe('alerts and alarms', () => {
  it('the alert topic is KMS-encrypted, TLS-only, with the email and SMS subscriptions', () => {
    const topicId = logicalId(stack.alertTopic);
    expect(resources[topicId].Properties.KmsMasterKeyId).toBeDefined();
    const subs = ofType('AWS::SNS::Subscription')
      .map(([, r]) => r.Properties)
      .filter((p) => p.TopicArn.Ref === topicId)
      .map((p) => `${p.Protocol} ${p.Endpoint}`)
      .sort();
    expect(subs).toEqual(['email analyst@example.com', 'email lead@example.org', 'sms +84912345678']);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    const keyId = render(resources[topicId].Properties.KmsMasterKeyId);
    expect(resources[keyId.replace(/\.Arn$/, '')].Properties.EnableKeyRotation).toBe(true);
  });

  it('alarms to the ops topic on every failure an operator must hear of, each with its own missing-data rule', () => {
    const opsId = logicalId(stack.opsTopic);
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: opsId }]);
    const watched = alarms
      .map((a) => `${a.MetricName} ${a.Dimensions ? a.Dimensions.map((d: { Value: unknown }) => render(d.Value)).join(',') : a.Namespace} ${a.ComparisonOperator} ${a.Threshold} ${a.TreatMissingData}`)
      .sort();
    const q = (construct: { node: { defaultChild?: unknown } }) => `${logicalId(construct)}.QueueName`;
    const nearTimeout = 0.8 * 300_000;
    expect(watched).toEqual(
      [
        `ApproximateNumberOfMessagesVisible ${q(stack.deadLetters)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        `Errors ${logicalId(stack.analyzeFn)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        `Errors ${logicalId(stack.collectFn)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        `Errors ${logicalId(stack.linkFn)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        `Errors ${logicalId(stack.digestFn)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        'FeedConsecutiveFailures claimwatch/Claimwatch GreaterThanOrEqualToThreshold 12 notBreaching',
        'AnalysisFailures claimwatch-analyze GreaterThanOrEqualToThreshold 1 notBreaching',
        `Throttles ${logicalId(stack.collectFn)} GreaterThanOrEqualToThreshold 1 notBreaching`,
        `Duration ${logicalId(stack.collectFn)} GreaterThanOrEqualToThreshold ${nearTimeout} notBreaching`,
        // No data at all is the failure here: collect that never runs sends nothing.
        `Invocations ${logicalId(stack.collectFn)} LessThanThreshold 1 breaching`,
        `ApproximateAgeOfOldestMessage ${q(stack.queue)} GreaterThanOrEqualToThreshold ${articleWaitThreshold().toSeconds()} notBreaching`,
        `NumberOfNotificationsFailed ${logicalId(stack.alertTopic)}.TopicName GreaterThanOrEqualToThreshold 1 notBreaching`,
      ].sort(),
    );
    const byMetric = (name: string) => alarms.find((a) => a.MetricName === name)!;
    // Every 10 minutes: silent for two intervals, at least 30 minutes.
    expect(byMetric('Invocations')).toMatchObject({ Period: 30 * 60, Statistic: 'Sum', EvaluationPeriods: 1 });
    expect(byMetric('Duration')).toMatchObject({ Statistic: 'Maximum' });
    expect(byMetric('AnalysisFailures').Namespace).toBe('claimwatch/Claimwatch');
    // The oldest article may wait through its 3 attempts (3 visibility timeouts) before that is news.
    expect(articleWaitThreshold().toSeconds()).toBeGreaterThan(3 * QUEUE_VISIBILITY.toSeconds());
    expect(collectSilenceWindow('rate(15 minutes)').toMinutes()).toBe(30);
    expect(collectSilenceWindow('rate(1 hour)').toMinutes()).toBe(120);
    expect(collectSilenceWindow('cron(0 6 * * ? *)').toHours()).toBe(24);
    const opsSubs = ofType('AWS::SNS::Subscription').filter(([, r]) => r.Properties.TopicArn.Ref === opsId);
    expect(opsSubs.map(([, r]) => r.Properties.Endpoint)).toEqual(['ops@example.com']);
    for (const alarm of alarms) expect(render(alarm.AlarmDescription).length, alarm.MetricName).toBeGreaterThan(60);
  });
});

describe('alarm notifications can reach the ops topic', () => {
  // A small IAM evaluator over the synthesized policies: explicit Deny wins, then an Allow
  // whose principal, action, resource and every condition match. An operator it does not know
  // fails the test rather than being skipped, so the check cannot pass by not understanding.
  const ACCOUNT = '123456789012';
  const REGION = 'eu-west-1';
  const arnOf = (id: string) => `arn:aws:resource:${REGION}:${ACCOUNT}:${id}`;
  function value(v: unknown): string {
    if (typeof v === 'string') return v;
    const o = v as Record<string, any>;
    if (o.Ref === 'AWS::AccountId') return ACCOUNT;
    if (o.Ref === 'AWS::Region') return REGION;
    if (o.Ref === 'AWS::Partition') return 'aws';
    if (o.Ref) return arnOf(o.Ref);
    if (o['Fn::GetAtt']) return arnOf(o['Fn::GetAtt'].join('.'));
    if (o['Fn::Join']) return o['Fn::Join'][1].map(value).join(o['Fn::Join'][0]);
    throw new Error(`cannot evaluate ${JSON.stringify(v)}`);
  }
  const glob = (pattern: string, s: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(s);
  interface Request {
    service: string;
    action: string;
    resource: string;
    context: Record<string, string>;
  }
  function conditionsHold(condition: Record<string, Record<string, unknown>> | undefined, context: Record<string, string>): boolean {
    return Object.entries(condition ?? {}).every(([op, tests]) =>
      Object.entries(tests).every(([key, expected]) => {
        const wanted = [expected].flat().map(value);
        const actual = context[key];
        if (op === 'StringEquals') return actual !== undefined && wanted.includes(actual);
        if (op === 'ArnLike' || op === 'StringLike') return actual !== undefined && wanted.some((w) => glob(w, actual));
        if (op === 'Bool') return actual !== undefined && wanted.includes(actual);
        throw new Error(`condition operator ${op} not understood`);
      }),
    );
  }
  function matches(statement: Record<string, any>, request: Request): boolean {
    const principal = statement.Principal;
    const principalOk = principal === '*' || principal?.AWS === '*' || [principal?.Service].flat().includes(request.service);
    const actionOk = [statement.Action].flat().some((a: string) => glob(a, request.action));
    const resourceOk = [statement.Resource].flat().some((r: unknown) => glob(value(r), request.resource));
    return principalOk && actionOk && resourceOk && conditionsHold(statement.Condition, request.context);
  }
  function allowed(statements: Array<Record<string, any>>, request: Request): boolean {
    if (statements.some((st) => st.Effect === 'Deny' && matches(st, request))) return false;
    return statements.some((st) => st.Effect === 'Allow' && matches(st, request));
  }

  function alarmRequests() {
    return ofType('AWS::CloudWatch::Alarm').flatMap(([alarmId, alarm]) =>
      alarm.Properties.AlarmActions.map((action: unknown) => {
        const topicId = (action as { Ref: string }).Ref;
        const topic = resources[topicId];
        const policy = ofType('AWS::SNS::TopicPolicy').find(([, p]) => p.Properties.Topics.some((t: { Ref: string }) => t.Ref === topicId))?.[1];
        const keyId = render(topic.Properties.KmsMasterKeyId).replace(/\.Arn$/, '');
        const context = {
          'aws:SourceAccount': ACCOUNT,
          'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:Claimwatch-${alarmId}-ABC123`,
          'aws:SecureTransport': 'true',
        };
        return { alarmId, topicArn: arnOf(topicId), topicPolicy: policy?.Properties.PolicyDocument.Statement ?? [], keyPolicy: resources[keyId].Properties.KeyPolicy.Statement, context };
      }),
    );
  }

  it('every alarm action may publish under the topic policy and use the topic key, as this account\'s CloudWatch only', () => {
    const requests = alarmRequests();
    expect(requests.length).toBe(ofType('AWS::CloudWatch::Alarm').length);
    for (const r of requests) {
      const as = (service: string, action: string, resource: string, context = r.context) => ({ service, action, resource, context });
      expect(allowed(r.topicPolicy, as('cloudwatch.amazonaws.com', 'sns:Publish', r.topicArn)), `${r.alarmId}: topic policy`).toBe(true);
      for (const action of ['kms:GenerateDataKey', 'kms:Decrypt']) {
        expect(allowed(r.keyPolicy, as('cloudwatch.amazonaws.com', action, arnOf('key'))), `${r.alarmId}: key policy ${action}`).toBe(true);
      }
      // The confused deputy: CloudWatch acting for another account's alarm gets nothing.
      const foreign = { ...r.context, 'aws:SourceAccount': '999999999999', 'aws:SourceArn': 'arn:aws:cloudwatch:eu-west-1:999999999999:alarm:x' };
      expect(allowed(r.topicPolicy, as('cloudwatch.amazonaws.com', 'sns:Publish', r.topicArn, foreign)), `${r.alarmId}: foreign alarm`).toBe(false);
      expect(allowed(r.keyPolicy, as('cloudwatch.amazonaws.com', 'kms:GenerateDataKey', arnOf('key'), foreign)), `${r.alarmId}: foreign key use`).toBe(false);
      // And the TLS-only rule still holds.
      expect(allowed(r.topicPolicy, as('cloudwatch.amazonaws.com', 'sns:Publish', r.topicArn, { ...r.context, 'aws:SecureTransport': 'false' }))).toBe(false);
    }
  });

  it('the evaluator is live: the stack without the CloudWatch statements would drop every alarm', () => {
    const [r] = alarmRequests();
    const withoutCloudWatch = (statements: Array<Record<string, any>>) => statements.filter((st) => st.Sid !== 'CloudWatchAlarmsOfThisAccount');
    const request = { service: 'cloudwatch.amazonaws.com', action: 'sns:Publish', resource: r.topicArn, context: r.context };
    expect(allowed(withoutCloudWatch(r.topicPolicy), request)).toBe(false);
    expect(allowed(withoutCloudWatch(r.keyPolicy), { ...request, action: 'kms:GenerateDataKey' })).toBe(false);
  });
});

describe('the failing-feed alarm', () => {
  // settingsContext schedules collect every 10 minutes: 12 failed runs make the default 2 hours.
  const threshold = 12;
  const filters = () => ofType('AWS::Logs::MetricFilter').map(([, r]) => r.Properties);
  const feedAlarm = (t: Template = template) =>
    Object.values(t.toJSON().Resources as typeof resources).find((r) => r.Type === 'AWS::CloudWatch::Alarm' && r.Properties.MetricName === 'FeedConsecutiveFailures')!.Properties;

  it('a metric filter on the collect log group publishes the failure count of feeds failing 12+ runs in a row', () => {
    expect(filters()).toHaveLength(1);
    const [filter] = filters();
    expect(filter.LogGroupName).toEqual({ Ref: render(resources[logicalId(stack.collectFn)].Properties.LoggingConfig.LogGroup) });
    expect(filter.FilterPattern).toBe('{ ($.message = "feed failed") && ($.consecutiveFailures >= 12) }');
    expect(filter.MetricTransformations).toEqual([
      // The value must be a field the pattern matches (CloudWatch's rule for field values).
      { MetricNamespace: 'claimwatch/Claimwatch', MetricName: 'FeedConsecutiveFailures', MetricValue: '$.consecutiveFailures', Unit: 'Count' },
    ]);
  });

  it('alarms the ops topic on any such line in the last 2 hours, and treats no lines as fine', () => {
    const alarm = feedAlarm();
    const [transform] = filters()[0].MetricTransformations;
    expect(alarm).toMatchObject({
      Namespace: transform.MetricNamespace,
      MetricName: transform.MetricName,
      Statistic: 'Maximum',
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: logicalId(stack.opsTopic) }],
    });
    expect(alarm.Dimensions).toBeUndefined();
    expect(alarm.Period * alarm.EvaluationPeriods).toBe(FEED_FAILURE_WINDOW.toSeconds());
  });

  it('tells on-call what failed and where to look: the log lines, a Logs Insights query, the feed state file', () => {
    const description = render(feedAlarm().AlarmDescription);
    const collectLogs = render(resources[logicalId(stack.collectFn)].Properties.LoggingConfig.LogGroup);
    for (const expected of [
      'A claimwatch feed has failed 12 collect runs in a row (schedule rate(10 minutes))',
      `log group ${collectLogs}, lines with message "feed failed" (fields feed, url, error, consecutiveFailures)`,
      'filter message = "feed failed" and consecutiveFailures >= 12 | stats max(consecutiveFailures) as runs, latest(error) as lastError by feed',
      `s3://${logicalId(stack.bucket)}/state/feeds/<feed>.json`,
      'profiles/russia-vietnam.json',
      'Clears 2 hours after the last such line',
    ]) {
      expect(description).toContain(expected);
    }
    // CloudWatch allows 1024 characters; the names filled in on deploy are at most 63 (bucket) and 512 (log group, never near it).
    const deployed = description.replace(collectLogs, 'Claimwatch-CollectLogs6B2D6790-AbCdEfGhIjKl').replace(logicalId(stack.bucket), 'b'.repeat(63));
    expect(deployed.length).toBeLessThan(1024);
  });

  it('takes its threshold from feedFailureAlarmAfter, and each stack has its own metric namespace', () => {
    const { template: t } = synth({ ...settingsContext, feedFailureAlarmAfter: '3', stackName: 'Disposable' });
    const [filter] = Object.values(t.toJSON().Resources as typeof resources).filter((r) => r.Type === 'AWS::Logs::MetricFilter');
    expect(filter.Properties.FilterPattern).toBe('{ ($.message = "feed failed") && ($.consecutiveFailures >= 3) }');
    expect(filter.Properties.MetricTransformations[0].MetricNamespace).toBe('claimwatch/Disposable');
    expect(feedAlarm(t)).toMatchObject({ Threshold: 3, Namespace: 'claimwatch/Disposable' });
    expect(render(feedAlarm(t).AlarmDescription)).toContain('has failed 3 collect runs in a row');
  });
});

describe('least privilege', () => {
  it('collect reads the profile and state/, writes only state/ and articles/ (it never reads an article)', () => {
    const b = logicalId(stack.bucket);
    expect(permissions(stack.collectFn).filter((g) => g.startsWith('s3:'))).toEqual(
      [
        `s3:GetObject on ${b}.Arn/config/profile.json`,
        `s3:GetObject on ${b}.Arn/state/*`,
        `s3:ListBucket on ${b}.Arn`,
        `s3:PutObject on ${b}.Arn/articles/*`,
        `s3:PutObject on ${b}.Arn/state/*`,
      ].sort(),
    );
  });

  it('analyze reads its inputs, writes diffs/, alerts/, findings/ and the claims ledger/, publishes to the alert topic only', () => {
    const b = logicalId(stack.bucket);
    const granted = permissions(stack.analyzeFn);
    const s3 = granted.filter((g) => g.startsWith('s3:'));
    expect(s3).toEqual(
      [
        ...['alerts', 'articles', 'baseline', 'diffs', 'ledger'].map((p) => `s3:GetObject on ${b}.Arn/${p}/*`),
        `s3:GetObject on ${b}.Arn/config/profile.json`,
        `s3:ListBucket on ${b}.Arn`,
        `s3:PutObject on ${b}.Arn/alerts/*`,
        `s3:PutObject on ${b}.Arn/diffs/*`,
        `s3:PutObject on ${b}.Arn/findings/*`,
        `s3:PutObject on ${b}.Arn/ledger/*`,
        `s3:DeleteObject on ${b}.Arn/alerts/*`,
      ].sort(),
    );
    expect(granted.filter((g) => g.startsWith('sns:'))).toEqual([`sns:Publish on ${logicalId(stack.alertTopic)}`]);
    // SQS consumption comes with the event source; logs, traces, the link key; nothing else.
    const others = granted.filter((g) => !/^(s3|sns|sqs|logs|xray|secretsmanager):/.test(g));
    expect(others.every((g) => /^kms:(Decrypt|GenerateDataKey\*) on TopicKey/.test(g))).toBe(true);
    expect(granted.filter((g) => g.startsWith('secretsmanager:'))).toEqual(
      ['DescribeSecret', 'GetSecretValue'].map((a) => `secretsmanager:${a} on ${logicalId(stack.linkSecret)}`),
    );
    expect(granted.filter((g) => g.startsWith('sqs:')).every((g) => g.endsWith(`${logicalId(stack.queue)}.Arn`))).toBe(true);
  });
});

describe('digest and alert routing (issue 13)', () => {
  const filterOf = (endpoint: string) =>
    ofType('AWS::SNS::Subscription').find(([, r]) => r.Properties.Endpoint === endpoint)![1].Properties;

  it('email subscriptions take contradictions, new claims and the digest; SMS only contradictions (the defaults)', () => {
    for (const email of ['analyst@example.com', 'lead@example.org']) {
      expect(filterOf(email).FilterPolicy).toEqual({ notice: ['contradiction', 'new', 'digest'] });
    }
    expect(filterOf('+84912345678').FilterPolicy).toEqual({ notice: ['contradiction'] });
    // Routing is on message attributes (the default scope): the notifier sets `notice`.
    expect(filterOf('+84912345678').FilterPolicyScope ?? 'MessageAttributes').toBe('MessageAttributes');
  });

  it('smsLabels and emailLabels choose the policies; smsLabels=none subscribes no phone', () => {
    const { template: t } = synth({ ...settingsContext, smsLabels: 'contradiction,new', emailLabels: 'contradiction' });
    const subsOf = (tpl: Template) => Object.values(tpl.findResources('AWS::SNS::Subscription')).map((r) => r.Properties);
    const sms = subsOf(t).find((p) => p.Protocol === 'sms')!;
    expect(sms.FilterPolicy).toEqual({ notice: ['contradiction', 'new'] });
    expect(subsOf(t).find((p) => p.Endpoint === 'analyst@example.com')!.FilterPolicy).toEqual({ notice: ['contradiction', 'digest'] });
    const none = synth({ ...settingsContext, smsLabels: 'none' }).template;
    expect(subsOf(none).filter((p) => p.Protocol === 'sms')).toEqual([]);
  });

  it('the digest function runs daily at 06:00 UTC by default, alone, publishing to the alert topic', () => {
    const fnId = logicalId(stack.digestFn);
    const props = resources[fnId].Properties;
    expect(props.Handler).toBe('index.handler');
    expect(props.ReservedConcurrentExecutions).toBe(1);
    expect(props.Environment.Variables.CLAIMWATCH_TOPIC_ARN).toEqual({ Ref: logicalId(stack.alertTopic) });
    const rules = ofType('AWS::Events::Rule').map(([, r]) => r.Properties);
    const digestRule = rules.find((r) => r.Targets.some((t: { Arn: unknown }) => render(t.Arn) === `${fnId}.Arn`))!;
    expect(digestRule.ScheduleExpression).toBe('cron(0 6 * * ? *)');
    const { template: t, stack: s } = synth({ ...settingsContext, digestSchedule: 'cron(30 17 ? * MON-FRI *)' });
    const custom = Object.values(t.findResources('AWS::Events::Rule')).map((r) => r.Properties.ScheduleExpression);
    expect(custom).toContain('cron(30 17 ? * MON-FRI *)');
    expect(s.digestFn).toBeDefined();
  });

  it('the digest reads findings/ (and diffs/ for its links), keeps only state/digest.json, publishes to the alert topic only', () => {
    const b = logicalId(stack.bucket);
    const granted = permissions(stack.digestFn);
    expect(granted.filter((g) => g.startsWith('s3:'))).toEqual(
      [
        `s3:GetObject on ${b}.Arn/diffs/*`,
        `s3:GetObject on ${b}.Arn/findings/*`,
        `s3:GetObject on ${b}.Arn/state/digest.json`,
        `s3:ListBucket on ${b}.Arn`,
        `s3:PutObject on ${b}.Arn/state/digest.json`,
      ].sort(),
    );
    expect(granted.filter((g) => g.startsWith('sns:'))).toEqual([`sns:Publish on ${logicalId(stack.alertTopic)}`]);
  });

  it('collect gets the re-check schedule (recheckAfter, default 2h,12h,48h)', () => {
    expect(resources[logicalId(stack.collectFn)].Properties.Environment.Variables.CLAIMWATCH_RECHECK_AFTER).toBe('2h,12h,48h');
  });

  it('bad labels, digest schedule or re-check delays stop synth with the rule', () => {
    const bad = { smsLabels: 'known', digestSchedule: 'daily', recheckAfter: '2 hours' } as Record<string, string>;
    const read = () => readSettings((k) => bad[k], join(REPO_ROOT, 'profiles'));
    expect(read).toThrow(SettingsError);
    expect(read).toThrow(/smsLabels: "known" is not a label that alerts \(use contradiction, new, or none\)/);
    expect(read).toThrow(/digestSchedule: "daily" must be an EventBridge expression/);
    expect(read).toThrow(/recheckAfter: "2 hours" is not a delay like 2h, 90m or 2d/);
  });
});

describe('least privilege: logs, traces, the link function, the bucket', () => {
  it('every function, the CDK helpers included, writes to its own log group only, with no AWS managed policy', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(6);
    for (const [id, fn] of functions) {
      const roleId = render(fn.Properties.Role).replace(/\.Arn$/, '');
      expect(resources[roleId].Properties.ManagedPolicyArns, id).toBeUndefined();
      const group = render(fn.Properties.LoggingConfig.LogGroup);
      const logGrants = ofType('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: unknown) => render(r) === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
        .filter((st: { Action: unknown }) => JSON.stringify(st.Action).includes('logs:'));
      expect(logGrants.map((st: { Action: unknown; Resource: unknown }) => `${[st.Action].flat().join(',')} on ${render(st.Resource)}`), id).toEqual([
        `logs:CreateLogStream,logs:PutLogEvents on ${group}.Arn`,
      ]);
      // The log permission exists before the function first runs.
      expect([fn as { DependsOn?: string[] }].flatMap((f) => f.DependsOn ?? []).some((d) => resources[d]?.Type === 'AWS::IAM::Policy'), id).toBe(true);
    }
  });

  it('the only grants on "*" are the X-Ray ones, which take no resource (as the nag acknowledgement says)', () => {
    for (const fn of [stack.collectFn, stack.analyzeFn, stack.linkFn]) {
      expect(permissions(fn).filter((g) => g.endsWith(' on *'))).toEqual(['xray:PutTelemetryRecords on *', 'xray:PutTraceSegments on *']);
    }
  });

  it('the link function may read review pages and the link key, nothing else', () => {
    const b = logicalId(stack.bucket);
    const granted = permissions(stack.linkFn).filter((g) => !/^(logs|xray):/.test(g));
    expect(granted).toEqual(
      [`s3:GetObject on ${b}.Arn/diffs/*.html`, ...['DescribeSecret', 'GetSecretValue'].map((a) => `secretsmanager:${a} on ${logicalId(stack.linkSecret)}`)].sort(),
    );
  });

  it('the bucket owns every object (no ACLs) and removes delete markers left by expired articles', () => {
    const bucket = resources[logicalId(stack.bucket)].Properties;
    expect(bucket.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ ExpiredObjectDeleteMarker: true, Status: 'Enabled' }));
  });
});

describe('the dashboard', () => {
  const body = () => {
    const [[, dashboard]] = ofType('AWS::CloudWatch::Dashboard');
    const raw = dashboard.Properties.DashboardBody;
    // The body is a Fn::Join of JSON text and tokens: substitute the tokens by their logical ids.
    return JSON.parse(render(raw)) as { widgets: Array<{ type: string; properties: Record<string, any> }> };
  };

  it('shows every alarm, and the application metrics of both functions', () => {
    const widgets = body().widgets;
    const status = widgets.find((w) => w.properties.title === 'Alarms')!;
    expect(status.properties.alarms).toHaveLength(ofType('AWS::CloudWatch::Alarm').length);
    const shown = widgets.flatMap((w) => (w.properties.metrics ?? []) as unknown[][]).map((m) => m.filter((x) => typeof x === 'string').join(' '));
    for (const [service, names] of [
      ['claimwatch-collect', ['FeedItemsRead', 'ArticlesStored', 'ArticlesSkipped', 'ArticlesRetried', 'FeedsFailed', 'FeedsDeferred']],
      ['claimwatch-analyze', ['ArticlesAnalysed', 'AlertsSent', 'AnalysisFailures', 'AnalysisDuration', 'ClaimsNew', 'ClaimsContradiction', 'ClaimsKnown']],
    ] as const) {
      for (const name of names) expect(shown, name).toContainEqual(expect.stringContaining(`claimwatch/Claimwatch ${name} service ${service}`));
    }
    expect(shown).toContainEqual(expect.stringContaining('AWS/Lambda Duration'));
    expect(shown).toContainEqual(expect.stringContaining('AWS/SQS ApproximateAgeOfOldestMessage'));
  });

  it('uses the metric names the handlers write', async () => {
    const { METRIC } = await import('../functions/handlers/telemetry.ts');
    const written = [...(Object.values(METRIC) as unknown[]).filter((v): v is string => typeof v === 'string'), ...['new', 'contradiction', 'known', 'repeated'].map(METRIC.claims)];
    const shown = JSON.stringify(body());
    for (const name of written) expect(shown, name).toContain(`"${name}"`);
  });
});

describe('outputs', () => {
  it('name the bucket, the topic and the review command', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.BucketName.Value).toEqual({ Ref: logicalId(stack.bucket) });
    expect(outputs.AlertTopicArn.Value).toEqual({ Ref: logicalId(stack.alertTopic) });
    expect(render(outputs.ReviewDiffsCommand.Value)).toBe(`npx claimwatch diffs list --bucket ${logicalId(stack.bucket)}`);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports nothing unacknowledged, and every acknowledgement carries a reason', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    const acks = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => m.data as Record<string, string>));
    const reasons = acks.flatMap((a) => Object.values(a));
    expect(reasons.length).toBeGreaterThan(10);
    for (const reason of reasons) expect(String(reason).length).toBeGreaterThan(20);
  });

  it('acknowledges AWSLambdaBasicExecutionRole only where it is true: the CDK bucket emptier (retainData=false), nothing else', () => {
    const withBasic = (t: Template) =>
      Object.entries(t.toJSON().Resources as typeof resources)
        .filter(([, r]) => r.Type === 'AWS::IAM::Role' && JSON.stringify(r.Properties.ManagedPolicyArns ?? []).includes('AWSLambdaBasicExecutionRole'))
        .map(([id]) => id);
    expect(withBasic(template)).toEqual([]);
    const { template: disposable } = synth({ ...settingsContext, retainData: 'false', stackName: 'Disposable' });
    expect(withBasic(disposable)).toEqual([expect.stringMatching(/^CustomS3AutoDeleteObjectsCustomResourceProviderRole/)]);
  });

  it('does find problems when nothing is acknowledged (the check is live)', () => {
    const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
    const bare = new ClaimwatchStack(app, 'Bare', { settings: readSettings(() => undefined, join(REPO_ROOT, 'profiles')) });
    const rules = new AwsSolutionsChecks().validateScope(bare).violations.map((v) => v.ruleName);
    expect(rules).toContain('AwsSolutions-S1');
    expect(rules).toContain('AwsSolutions-L1');
    expect(rules.filter((r) => r.startsWith('AwsSolutions-IAM5[')).length).toBeGreaterThan(5);
  });
});

describe('deploy settings', () => {
  it('defaults: 15-minute schedule, 90-day article retention, 14-day links, the russia-vietnam profile', () => {
    const s = readSettings((k) => (k === 'alertEmails' ? 'a@example.com' : undefined), join(REPO_ROOT, 'profiles'));
    expect(s).toMatchObject({ schedule: 'rate(15 minutes)', retentionDays: 90, linkLifetimeDays: 14, profileName: 'russia-vietnam', retainData: true });
    expect(s.opsEmails).toEqual(['a@example.com']);
    expect(s.profile.id).toBe('russia-vietnam');
    expect(s.warnings).toEqual([]);
  });

  it('feedFailureAlarmAfter defaults to about 2 hours of runs on a rate schedule, 8 on a cron schedule', () => {
    const alarmAfter = (schedule: string) =>
      readSettings((k) => ({ alertEmails: 'a@example.com', schedule } as Record<string, string>)[k], join(REPO_ROOT, 'profiles')).feedFailureAlarmAfter;
    expect(alarmAfter('rate(15 minutes)')).toBe(8);
    expect(alarmAfter('rate(1 minute)')).toBe(120);
    expect(alarmAfter('rate(7 minutes)')).toBe(18);
    expect(alarmAfter('rate(1 hour)')).toBe(2);
    expect(alarmAfter('rate(3 hours)')).toBe(1);
    expect(alarmAfter('rate(1 day)')).toBe(1);
    expect(alarmAfter('cron(0/30 * * * ? *)')).toBe(8);
    expect(defaultFeedFailureAlarmAfter('rate(10 minutes)')).toBe(12);
    const set = readSettings((k) => ({ schedule: 'rate(1 hour)', feedFailureAlarmAfter: 5 } as Record<string, unknown>)[k], join(REPO_ROOT, 'profiles'));
    expect(set.feedFailureAlarmAfter).toBe(5);
  });

  it('accepts lists from cdk.json as arrays', () => {
    const s = readSettings((k) => ({ alertEmails: ['a@example.com', 'b@example.com'], retentionDays: 30 } as Record<string, unknown>)[k], join(REPO_ROOT, 'profiles'));
    expect(s.alertEmails).toEqual(['a@example.com', 'b@example.com']);
    expect(s.retentionDays).toBe(30);
  });

  it('warns, without failing, when nobody is subscribed', () => {
    expect(readSettings(() => undefined, join(REPO_ROOT, 'profiles')).warnings[0]).toMatch(/no alertEmails or smsNumbers/);
  });

  it('reports every bad setting at once, each with what is expected', () => {
    const bad: Record<string, string> = {
      alertEmails: 'analyst@example.com,not-an-email',
      smsNumbers: '0912345678',
      schedule: 'every 5 minutes',
      retentionDays: '0',
      linkLifetimeDays: '400',
      linkExpiryHours: '24',
      logRetentionDays: '10',
      retainData: 'maybe',
      profile: '../etc/passwd',
      feedFailureAlarmAfter: '0',
    };
    let error: unknown;
    try {
      readSettings((k) => bad[k], join(REPO_ROOT, 'profiles'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as Error).message;
    for (const expected of [
      'alertEmails: "not-an-email" is not an email address',
      'smsNumbers: "0912345678" is not an E.164 phone number',
      'schedule: "every 5 minutes" must be an EventBridge expression',
      'retentionDays: "0" must be a whole number of days',
      'linkLifetimeDays: "400" must be whole days from 1 to 365',
      'linkExpiryHours: no longer used',
      'logRetentionDays: "10" must be one of',
      'retainData: "maybe" must be true or false',
      'profile: "../etc/passwd" must be the name of a file under profiles/',
      'feedFailureAlarmAfter: "0" must be a whole number of failed runs in a row, at least 1',
    ]) {
      expect(message).toContain(expected);
    }
  });

  it('feedFailureAlarmAfter must be a whole number of runs', () => {
    for (const bad of ['2.5', 'often', '-1']) {
      const ctx = (k: string) => (({ alertEmails: 'a@example.com', feedFailureAlarmAfter: bad }) as Record<string, string>)[k];
      expect(() => readSettings(ctx, join(REPO_ROOT, 'profiles'))).toThrow(`feedFailureAlarmAfter: "${bad}" must be a whole number of failed runs in a row, at least 1`);
    }
  });

  it('names a missing or invalid profile file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimwatch-profiles-'));
    outDirs.push(dir);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ id: 'broken', name: 'Broken', entities: [] }));
    writeFileSync(join(dir, 'notjson.json'), '{ nope');
    const ctx = (profile: string) => (k: string) => (({ alertEmails: 'a@example.com', profile }) as Record<string, string>)[k];
    expect(() => readSettings(ctx('absent'), dir)).toThrow(/profile: .*absent\.json does not exist/);
    expect(() => readSettings(ctx('broken'), dir)).toThrow(/broken\.json is not a valid watch profile/);
    expect(() => readSettings(ctx('notjson'), dir)).toThrow(/profile: .*JSON/);
  });

  it('retainData=false deletes the bucket with the stack (emptying it first)', () => {
    const { template: t } = synth({ ...settingsContext, retainData: 'false', stackName: 'Disposable' });
    const buckets = Object.values(t.toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string }>).filter((r) => r.Type === 'AWS::S3::Bucket');
    expect(buckets.map((b) => b.DeletionPolicy)).toEqual(['Delete']);
    t.resourceCountIs('Custom::S3AutoDeleteObjects', 1);
  });

  it('cdk synth stops with the message when a setting is bad', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'claimwatch-cdk-'));
    outDirs.push(outdir);
    mkdirSync(outdir, { recursive: true });
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'infra', 'app.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ smsNumbers: '12345', feedFailureAlarmAfter: 'never' }) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('smsNumbers: "12345" is not an E.164 phone number');
    expect(run.stderr).toContain('feedFailureAlarmAfter: "never" must be a whole number of failed runs in a row, at least 1');
  });
});
