type Level = 'debug' | 'info' | 'warn' | 'error';

function line(level: Level, message: string): string {
  return `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}\n`;
}

export const logger = {
  debug: (m: string) => { if (import.meta.env.DEV) process.stdout.write(line('debug', m)); },
  info: (m: string) => process.stdout.write(line('info', m)),
  warn: (m: string) => process.stderr.write(line('warn', m)),
  error: (m: string) => process.stderr.write(line('error', m)),
};

/** Strips CR/LF and other control characters before a value goes into a log line. */
export function clean(value: unknown): string {
  return String(value).replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
}
