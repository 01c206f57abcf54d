// Bundling stub for `semver`, swapped in by the esbuild alias in infra/bundle-aliases.ts.
// In the Lambda bundles only aws-xray-sdk-core requires it, in its patcher for the AWS SDK v2
// (captureAWS), to check that SDK's version. The handlers trace the SDK v3 clients
// (tracer.captureAWSv3Client), never v2, so the 28 kB parser is dead weight in collect's 1 MB
// budget. Should anything call it, it fails loudly rather than answering wrongly.
export function gte(): never {
  throw new Error('semver is stubbed out of the Lambda bundles (infra/bundle-stubs/semver.ts)');
}
