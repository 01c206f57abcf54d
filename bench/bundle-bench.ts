// Lambda bundles: built with the esbuild options the stack's NodejsFunction passes
// (infra/stack.ts `bundling`, as aws-lambda-nodejs turns them into esbuild flags), then each
// handler imported in a fresh Node process: the local proxy for a cold start's init phase.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { BUNDLE_ALIASES } from '../infra/bundle-aliases.ts';
import { median } from './measure.ts';

const run = promisify(execFile);

export const HANDLERS = ['collect', 'analyze', 'link'] as const;
export type HandlerName = (typeof HANDLERS)[number];

export interface BundleResult {
  handler: HandlerName;
  bytes: number;
  /** The biggest contributors to the output, by package (or "app" for our own code). */
  largest: Array<{ name: string; bytes: number }>;
  initMs: number;
  initRuns: number;
}

/** Mirror of infra/stack.ts: target node22, ESM, minify, external source map without sources, SDK bundled (no externals), the same stub aliases. */
const STACK_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  external: [],
  banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
  alias: { ...BUNDLE_ALIASES },
  logLevel: 'warning',
};

/** "node_modules/wink-eng-lite-web-model/dist/x.js" → "wink-eng-lite-web-model"; our files → "app". */
function packageOf(input: string): string {
  const parts = input.split('node_modules/');
  if (parts.length < 2) return 'app';
  const segments = parts.at(-1)!.split('/');
  return segments[0].startsWith('@') ? `${segments[0]}/${segments[1]}` : segments[0];
}

function largestPackages(metafile: Metafile, outfile: string): BundleResult['largest'] {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith(path.basename(outfile)))?.[1];
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 4);
}

/** Import time of the bundle in a fresh node, measured inside it (excludes node's own start-up). */
async function initMs(bundle: string, cwd: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${bundle}`)}); console.log(performance.now() - t);`;
  // No AWS settings: module init must not need them (the handlers read them per invocation).
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd, env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
  return Number(stdout.trim().split('\n').at(-1));
}

export async function measureBundles(root: string, initRuns = 7): Promise<BundleResult[]> {
  // outside the repo, so the bundle cannot resolve anything from node_modules at run time
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimwatch-bench-bundles-'));
  try {
    const results: BundleResult[] = [];
    for (const handler of HANDLERS) {
      const outfile = path.join(dir, handler, 'index.mjs');
      const { metafile } = await build({
        ...STACK_OPTIONS,
        entryPoints: [path.join(root, 'functions', 'handlers', `${handler}.ts`)],
        outfile,
        absWorkingDir: root,
        metafile: true,
      });
      const times: number[] = [];
      for (let i = 0; i < initRuns; i++) times.push(await initMs(outfile, dir));
      results.push({ handler, bytes: fs.statSync(outfile).size, largest: largestPackages(metafile!, outfile), initMs: median(times), initRuns });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
