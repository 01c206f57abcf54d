// Issue 13 in the stack: who gets what at once (SNS subscription filter policies on the
// `notice` message attribute, so AWS makes the choice), the daily digest function and its
// schedule, and the settings the collect and analyze functions need for edited articles.
// Kept apart from stack.ts so the two change independently.
import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type { DeploySettings } from './settings.ts';
import type { IConstruct } from 'constructs';
import type { ClaimwatchStack } from './stack.ts';

export const DIGEST_TIMEOUT = Duration.minutes(5);
/** The message attribute every alert and digest carries (functions/adapters/sns-notifier.ts). */
export const NOTICE_ATTRIBUTE = 'notice';

/** Email takes its labels and the digest; SMS takes its labels only. */
export function emailFilter(settings: Pick<DeploySettings, 'emailLabels'>): Record<string, sns.SubscriptionFilter> {
  return { [NOTICE_ATTRIBUTE]: sns.SubscriptionFilter.stringFilter({ allowlist: [...settings.emailLabels, 'digest'] }) };
}

export function smsFilter(settings: Pick<DeploySettings, 'smsLabels'>): Record<string, sns.SubscriptionFilter> {
  return { [NOTICE_ATTRIBUTE]: sns.SubscriptionFilter.stringFilter({ allowlist: settings.smsLabels }) };
}

/** The analysts' subscriptions, each with its filter policy. With smsLabels=none no number is subscribed. */
export function subscribeAnalysts(topic: sns.Topic, settings: DeploySettings): void {
  for (const email of settings.alertEmails) topic.addSubscription(new subs.EmailSubscription(email, { filterPolicy: emailFilter(settings) }));
  if (!settings.smsLabels.length) return;
  for (const phone of settings.smsNumbers) topic.addSubscription(new subs.SmsSubscription(phone, { filterPolicy: smsFilter(settings) }));
}

/** The digest function on its schedule, and the edited-articles settings of collect and analyze. */
export function addDigestAndEdits(stack: ClaimwatchStack, settings: DeploySettings, nodeFunction: ClaimwatchStack['nodeFunction']): NodejsFunction {
  const { bucket, alertTopic } = stack;
  const digestFn = nodeFunction.call(stack, 'Digest', 'digest.ts', {
    timeout: DIGEST_TIMEOUT,
    memorySize: 512,
    // One digest at a time: two would both send and race on state/digest.json.
    reservedConcurrentExecutions: 1,
    environment: {
      CLAIMWATCH_BUCKET: bucket.bucketName,
      POWERTOOLS_SERVICE_NAME: 'claimwatch-digest',
      CLAIMWATCH_TOPIC_ARN: alertTopic.topicArn,
      // the digest's review links are the alerts' lasting, signed links
      CLAIMWATCH_LINK_BASE_URL: stack.linkUrl.url,
      CLAIMWATCH_LINK_SECRET_ID: stack.linkSecret.secretArn,
      CLAIMWATCH_LINK_LIFETIME_SECONDS: String(settings.linkLifetimeDays * 86_400),
    },
    logRetentionDays: settings.logRetentionDays,
  });
  stack.linkSecret.grantRead(digestFn);
  new events.Rule(stack, 'DigestSchedule', {
    description: 'claimwatch: send the digest of the period\'s findings',
    schedule: events.Schedule.expression(settings.digestSchedule),
    targets: [new targets.LambdaFunction(digestFn, { retryAttempts: 0 })],
  });

  const allow = (fn: NodejsFunction, actions: string[], resources: string[]) => fn.addToRolePolicy(new iam.PolicyStatement({ actions, resources }));
  allow(digestFn, ['s3:ListBucket'], [bucket.bucketArn]);
  // findings/ to read the period; diffs/ only for the fallback presigned link when a link cannot be signed
  allow(digestFn, ['s3:GetObject'], [bucket.arnForObjects('findings/*'), bucket.arnForObjects('diffs/*'), bucket.arnForObjects('state/digest.json')]);
  allow(digestFn, ['s3:PutObject'], [bucket.arnForObjects('state/digest.json')]);
  alertTopic.grantPublish(digestFn);
  // The analyzer writes one findings record per analysis, for the digest.
  allow(stack.analyzeFn, ['s3:PutObject'], [bucket.arnForObjects('findings/*')]);
  stack.collectFn.addEnvironment('CLAIMWATCH_RECHECK_AFTER', settings.recheckAfter);

  stack.alarm('DigestErrorsAlarm', {
    alarmDescription: 'claimwatch digest function failed: the period\'s digest was not sent (it is sent with the next one)',
    metric: digestFn.metricErrors({ period: Duration.minutes(15) }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });

  acknowledge(stack, digestFn);
  return digestFn;
}

function acknowledge(stack: ClaimwatchStack, digestFn: NodejsFunction): void {
  const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
  const bucketArn = `<${stack.resolve(stack.getLogicalId(stack.bucket.node.defaultChild as CfnBucket))}.Arn>`;
  const prefix = (p: string) => `AwsSolutions-IAM5[Resource::${bucketArn}/${p}/*]`;
  const role = digestFn.role!;
  ack(digestFn, 'AwsSolutions-L1', 'nodejs22.x on purpose: the code and its tests run on Node 20-22; a newer runtime is a tested upgrade, not a default.');
  ack(role, 'AwsSolutions-IAM5[Resource::*]', 'Only the X-Ray actions of active tracing (xray:PutTraceSegments, xray:PutTelemetryRecords), which support no resource-level permissions.');
  ack(role, prefix('findings'), 'The digest reads the findings records of its period: one object per analysis under findings/<day>/.');
  ack(role, prefix('diffs'), 'Read only for the fallback: a presigned review link when the signed link cannot be made; one page per article version.');
  ack(role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', 'What SNS needs to publish to the encrypted alert topic, on that one key only (topic.grantPublish).');
  ack(stack.analyzeFn.role!, prefix('findings'), 'One findings record per analysis (findings/<day>/<id>-v<N>.json) for the digest.');
}
