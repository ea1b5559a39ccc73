import type { Database } from 'bun:sqlite'
import { findAgentByEmail, findByResetToken, saveResetToken, updatePassword } from '../repositories/agent-repository'
import type { CustomerRepository } from '../repositories/customer-repository'
import { hashAgentPassword, verifyAgentPassword, verifyPortalPassword } from '../lib/passwords'
import { newResetToken } from '../lib/tokens'
import { auditLog, log, stamp } from '../lib/logger'
import { config } from '../config'

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly customers: CustomerRepository,
  ) {}

  async agentLogin(email: string, password: string, ip: string) {
    const agent = findAgentByEmail(this.db, email)
    const ok = agent ? await verifyAgentPassword(password, agent.password_hash) : false
    if (!ok) {
      // vuln: CWE-117
      auditLog.write(`${stamp()} LOGIN_FAILED agent=${email} ip=${ip}\n`)
      return null
    }
    // safe: CWE-117
    log.info('agent login', { agent: agent!.id, email, ip })
    return agent!
  }

  portalLogin(tenant: string, email: string, password: string) {
    const customer = this.customers.findByEmail(tenant, email)
    if (!customer?.portal_password || !verifyPortalPassword(password, customer.portal_password)) {
      log.warn('portal login failed', { tenant, email })
      return null
    }
    return customer
  }

  requestReset(email: string) {
    const agent = findAgentByEmail(this.db, email)
    if (!agent) return null
    const token = newResetToken()
    saveResetToken(this.db, agent.id, token, Date.now() + 60 * 60 * 1000)
    return { to: agent.email, link: `${config.publicUrl}/reset?token=${encodeURIComponent(token)}` }
  }

  async completeReset(token: string, password: string) {
    const agent = findByResetToken(this.db, token)
    if (!agent) return false
    updatePassword(this.db, agent.id, await hashAgentPassword(password))
    return true
  }
}
