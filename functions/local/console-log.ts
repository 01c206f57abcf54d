// A Log for the terminal: warnings and errors on stderr, info only when asked for.
import type { Log } from '../core/ports.ts';

export function consoleLog(options: { verbose?: boolean } = {}): Log {
  const line = (level: string, message: string, fields?: Record<string, unknown>) =>
    console.error(`[${level}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  return {
    info: (message, fields) => {
      if (options.verbose) line('info', message, fields);
    },
    warn: (message, fields) => line('warn', message, fields),
    error: (message, fields) => line('error', message, fields),
  };
}
