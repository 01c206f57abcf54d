// Everything the CDK app holds, given its context: used by infra/app.ts and by the tests, so
// the tests check exactly what `cdk synth` produces.
import { Annotations, type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { join } from 'node:path';
import { acknowledgeAcceptedFindings } from './nag.ts';
import { readSettings } from './settings.ts';
import { ClaimwatchStack, REPO_ROOT } from './stack.ts';

/** Throws SettingsError when the context settings are invalid. */
export function defineApp(app: App, profilesDir = join(REPO_ROOT, 'profiles')): ClaimwatchStack {
  const settings = readSettings((key) => app.node.tryGetContext(key), profilesDir);
  const stack = new ClaimwatchStack(app, app.node.tryGetContext('stackName') ?? 'Claimwatch', {
    settings,
    description: 'claimwatch: news claim monitor (collect, analyze, alert)',
  });
  for (const warning of settings.warnings) Annotations.of(stack).addWarningV2('claimwatch:settings', warning);
  acknowledgeAcceptedFindings(stack);
  // Any finding not acknowledged makes synthesis fail.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
