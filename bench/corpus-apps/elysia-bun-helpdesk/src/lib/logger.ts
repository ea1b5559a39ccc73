type Level = 'debug' | 'info' | 'warn' | 'error'

const LEVELS: Level[] = ['debug', 'info', 'warn', 'error']
const minimum = LEVELS.indexOf((Bun.env.LOG_LEVEL as Level) ?? 'info')

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (LEVELS.indexOf(level) < minimum) return
  const line = JSON.stringify({ t: new Date().toISOString(), level, msg: message, ...fields })
  process.stdout.write(line + '\n')
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
}

/** Plain-text audit trail that the ops team tails and greps. */
export const auditLog = Bun.file(Bun.env.AUDIT_LOG ?? 'data/logs/audit.log').writer()

export function stamp(): string {
  return new Date().toISOString()
}
