// cdk-nag AwsSolutions findings we accept, each with its reason. Anything not acknowledged
// here fails `cdk synth` and the infra test. cdk-nag v3 wants each finding by its exact id.
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import type { ClaimwatchStack } from './stack.ts';

const BASIC_EXECUTION_ROLE = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';
const BASIC_EXECUTION_REASON = 'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs.';

export function acknowledgeAcceptedFindings(stack: ClaimwatchStack): void {
  const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
  const bucketArn = `<${stack.resolve(stack.getLogicalId(stack.bucket.node.defaultChild as CfnBucket))}.Arn>`;
  const prefixWildcard = (prefix: string) => `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}/*]`;

  ack(stack.bucket, 'AwsSolutions-S1', 'Server access logs would need a second bucket; only the two functions and the operators use this one, and CloudTrail data events can be enabled for audits.');

  const prefixes = { Collect: ['config', 'state', 'articles'], Analyze: ['config', 'baseline', 'articles', 'diffs', 'alerts', 'ledger'] };
  for (const fn of [stack.collectFn, stack.analyzeFn]) {
    ack(fn, BASIC_EXECUTION_ROLE, BASIC_EXECUTION_REASON);
    ack(fn, 'AwsSolutions-L1', 'nodejs22.x on purpose: the code and its tests run on Node 20-22; a newer runtime is a tested upgrade, not a default.');
    for (const prefix of prefixes[fn.node.id as keyof typeof prefixes]) {
      ack(fn, prefixWildcard(prefix), `Object keys under ${prefix}/ are per article or per day; the function gets only the prefixes it uses (DESIGN.md storage layout).`);
    }
  }
  ack(stack.analyzeFn, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', 'What SNS needs to publish to the encrypted alert topic, on that one key only (topic.grantPublish).');

  // The CDK's own custom resources: the bucket deployment (baseline/, config/), the bucket
  // notification setup and, when data is not retained, the bucket emptier.
  for (const child of Stack.of(stack).node.children) {
    const id = child.node.id;
    if (id.startsWith('BucketNotificationsHandler') || id.startsWith('Custom::S3AutoDeleteObjects')) {
      ack(child, BASIC_EXECUTION_ROLE, `CDK-provided handler: ${BASIC_EXECUTION_REASON}`);
    }
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
  ack(handler, BASIC_EXECUTION_ROLE, `CDK-provided handler: ${BASIC_EXECUTION_REASON}`);
  ack(handler, 'AwsSolutions-L1', 'The CDK picks the runtime of its BucketDeployment handler; it runs only during deployments.');
}
