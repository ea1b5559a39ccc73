import fs from 'node:fs'
import path from 'node:path'
import { config } from '../config.js'

fs.mkdirSync(path.dirname(config.paths.auditLog), { recursive: true })

/**
 * Plain-text audit trail kept for the finance team (one event per line).
 */
export function audit(actor, action, detail = '') {
  const line = `${new Date().toISOString()} actor=${actor} action=${action} ${detail}\n`
  // vuln: CWE-117
  fs.appendFileSync(config.paths.auditLog, line)
}

export function auditJson(actor, action, detail = {}) {
  const entry = { at: new Date().toISOString(), actor, action, detail }
  // safe: CWE-117
  fs.appendFileSync(config.paths.auditLog.replace(/\.log$/, '.jsonl'), JSON.stringify(entry) + '\n')
}
