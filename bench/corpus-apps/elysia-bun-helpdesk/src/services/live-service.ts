import vm from 'node:vm'
import type { Database } from 'bun:sqlite'
import { recentForTicket, searchComments } from '../repositories/comment-repository'

export type LiveMessage =
  | { type: 'subscribe'; ticketId: number }
  | { type: 'catch_up'; ticketId: number; since: number }
  | { type: 'search'; term: string }
  | { type: 'formula'; expression: string; ticket: Record<string, unknown> }
  | { type: 'typing'; ticketId: number }

/** Messages the agent workspace sends over the `/live` socket. */
export class LiveService {
  constructor(private readonly db: Database) {}

  catchUp(ticketId: number, since: number) {
    return recentForTicket(this.db, Number(ticketId), Number(since) || 0)
  }

  search(tenant: string, term: string) {
    return searchComments(this.db, tenant, String(term))
  }

  /** Computed columns in the agent's ticket view ("hours open", "SLA left" …). */
  formula(expression: string, ticket: Record<string, unknown>) {
    const sandbox = { ticket: { ...ticket }, Math, Date, result: undefined as unknown }
    // vuln: CWE-94
    vm.runInNewContext(`result = (${expression})`, sandbox, { timeout: 50 })
    return sandbox.result
  }
}
