// cdk-nag AwsSolutions findings we accept, each with its reason. Anything not acknowledged
// here fails `cdk synth` and the infra test. cdk-nag v3 wants each finding by its exact id.
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import type { ClaimwatchStack } from './stack.ts';

const BASIC_EXECUTION_ROLE = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
// True of the CDK's bucket emptier only: every other function's role writes to its own log group alone.
const BASIC_EXECUTION_REASON =
  'AWSLambdaBasicExecutionRole lets this CDK-provided function create and write any log group in the account; the CDK custom-resource provider takes no other role. It runs only while CloudFormation deletes the stack (retainData=false), and holds no data access beyond emptying this bucket.';

export function acknowledgeAcceptedFindings(stack: ClaimwatchStack): void {
  const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
  const bucketArn = `<${stack.resolve(stack.getLogicalId(stack.bucket.node.defaultChild as CfnBucket))}.Arn>`;
  const prefixWildcard = (pattern: string) => `AwsSolutions-IAM5[Resource::${bucketArn}/${pattern}]`;

  ack(stack.bucket, 'AwsSolutions-S1', 'Server access logs would need a second bucket; only the functions and the operators use this one, and CloudTrail data events can be enabled for audits.');

  // Object keys under these prefixes are per article, per feed or per day: a wildcard per prefix is the narrowest grant.
  const prefixes = {
    Collect: ['state/*', 'articles/*'],
    Analyze: ['baseline/*', 'articles/*', 'diffs/*', 'alerts/*', 'ledger/*'],
    Link: ['diffs/*.html'],
  };
  for (const fn of [stack.collectFn, stack.analyzeFn, stack.linkFn]) {
    const role = fn.role!;
    ack(fn, 'AwsSolutions-L1', 'nodejs22.x on purpose: the code and its tests run on Node 20-22; a newer runtime is a tested upgrade, not a default.');
    ack(role, 'AwsSolutions-IAM5[Resource::*]', 'Only the X-Ray actions of active tracing (xray:PutTraceSegments, xray:PutTelemetryRecords), which support no resource-level permissions.');
    for (const prefix of prefixes[fn.node.id as keyof typeof prefixes]) {
      ack(role, prefixWildcard(prefix), `Object keys under ${prefix.replace(/\*.*/, '')} are per article, feed or day; the function gets only the prefixes and actions it uses (README "Least privilege").`);
    }
  }
  ack(stack.analyzeFn.role!, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', 'What SNS needs to publish to the encrypted alert topic, on that one key only (topic.grantPublish).');
  ack(
    stack.linkSecret,
    'AwsSolutions-SMG4',
    'Rotating the review-link key revokes every alert link sent so far, so it is an operator decision, not a schedule (README "Alerts": rotate, keep old keys in previousKeys, or revoke).',
  );

  // The CDK's own custom resources: the bucket deployment (baseline/, config/), the bucket
  // notification setup and, when data is not retained, the bucket emptier.
  for (const child of Stack.of(stack).node.children) {
    const id = child.node.id;
    // The bucket emptier (retainData=false only) is a CDK custom-resource provider whose role cannot be given another policy.
    if (id.startsWith('Custom::S3AutoDeleteObjects')) ack(child, BASIC_EXECUTION_ROLE, `CDK-provided handler: ${BASIC_EXECUTION_REASON}`);
    if (id.startsWith('Custom::CDKBucketDeployment')) acknowledgeBucketDeployment(child, bucketArn, ack);
  }
}

function acknowledgeBucketDeployment(handler: IConstruct, bucketArn: string, ack: (scope: IConstruct, id: string, reason: string) => void): void {
  const reason =
    'CDK BucketDeployment handler (uploads baseline/ and config/ at deploy time): its policy is the CDK\'s grantReadWrite on this bucket and read on the CDK asset bucket; it runs only during deployments.';
  for (const finding of [
    'Action::s3:GetObject*',
    'Action::s3:GetBucket*',
    'Action::s3:List*',
    'Action::s3:DeleteObject*',
    'Action::s3:Abort*',
    'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
    `Resource::${bucketArn}/*`,
  ]) {
    ack(handler, `AwsSolutions-IAM5[${finding}]`, reason);
  }
  ack(handler, 'AwsSolutions-L1', 'The CDK picks the runtime of its BucketDeployment handler; it runs only during deployments.');
}
