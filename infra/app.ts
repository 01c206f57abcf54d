// The CDK app: `npx cdk deploy -c alertEmails=… -c smsNumbers=…` (README "Deploy").
import { Annotations, App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { join } from 'node:path';
import { acknowledgeAcceptedFindings } from './nag.ts';
import { readSettings, SettingsError, type DeploySettings } from './settings.ts';
import { ClaimwatchStack, REPO_ROOT } from './stack.ts';

const app = new App();
let settings: DeploySettings;
try {
  settings = readSettings((key) => app.node.tryGetContext(key), join(REPO_ROOT, 'profiles'));
} catch (e) {
  if (!(e instanceof SettingsError)) throw e;
  console.error(e.message);
  process.exit(1);
}

const stack = new ClaimwatchStack(app, app.node.tryGetContext('stackName') ?? 'Claimwatch', {
  settings,
  description: 'claimwatch: news claim monitor (collect, analyze, alert)',
});
for (const warning of settings.warnings) Annotations.of(stack).addWarningV2('claimwatch:settings', warning);
acknowledgeAcceptedFindings(stack);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
