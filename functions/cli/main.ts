// `claimwatch <command>`: loads functions/cli/commands/<command>.ts on demand, so one command's
// dependencies (AWS SDK, the engine, the HTTP stack) never slow the others down.

/** Every command module exports this. */
export interface CommandModule {
  help: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, string> = {
  check: 'compare article files with the baseline and print the findings',
  run: 'one local collect → analyze → notify cycle over the sample feeds (npm start)',
  diffs: 'list and show stored diffs, or write the recent-diffs page with working links (local store, or S3 with --bucket)',
  baseline: 'list the baseline, add documents, accept reviewed claims',
  digest: "write the digest of a period's findings to the outbox (what the daily digest sends)",
  claims: 'the claims ledger: each claim that alerted, with its repeats and contradictions',
};

const HELP = `claimwatch: alerts when news articles make claims the baseline corpus does not.

Usage: claimwatch <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(10)}${what}`)
  .join('\n')}

Run "claimwatch <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return 0;
  }
  if (command === undefined) {
    console.error(HELP);
    return 2;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    console.error(`claimwatch: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  const module = (await import(`./commands/${command}.ts`)) as CommandModule;
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(module.help);
    return 0;
  }
  return module.run(rest);
}

// `claimwatch check --json ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Expected failures (bad options, missing files) are errors with a message for people;
  // the stack only helps developers, so it needs DEBUG.
  const error = e as Error;
  console.error(`claimwatch: ${process.env.DEBUG ? (error.stack ?? error.message) : error.message}`);
  process.exitCode = 1;
}
