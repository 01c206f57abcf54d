// The CDK app: `npx cdk deploy -c alertEmails=… -c smsNumbers=…` (README "Deploy").
import { App } from 'aws-cdk-lib';
import { defineApp } from './define-app.ts';
import { SettingsError } from './settings.ts';

const app = new App();
try {
  defineApp(app);
} catch (e) {
  if (!(e instanceof SettingsError)) throw e;
  console.error(e.message);
  process.exit(1);
}
