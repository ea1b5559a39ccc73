import type { Database } from 'bun:sqlite'
import { getMacro, listMacros, saveMacro, type MacroRow } from '../repositories/macro-repository'
import type { Ticket } from '../repositories/ticket-repository'
import { PRIORITIES, TICKET_STATUSES } from '../lib/validate'

export type MacroAction =
  | { type: 'set_status'; value: string }
  | { type: 'set_priority'; value: string }
  | { type: 'assign'; value: number }
  | { type: 'add_tag'; value: string }

const OPERATORS = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  contains: (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase().includes(b.toLowerCase()),
} as const
const FIELDS = ['status', 'priority', 'subject', 'assignee_id'] as const

export interface Rule {
  field: (typeof FIELDS)[number]
  op: keyof typeof OPERATORS
  value: string | number
}

export class MacroService {
  constructor(private readonly db: Database) {}

  list(tenant: string): MacroRow[] {
    return listMacros(this.db, tenant)
  }

  create(tenant: string, name: string, condition: string, actions: MacroAction[]) {
    return saveMacro(this.db, tenant, name, condition, actions.filter((a) => this.isValidAction(a)))
  }

  /** Structured rules from the rule builder. */
  matchesRules(ticket: Ticket, rules: Rule[]): boolean {
    return rules.every((rule) => {
      if (!FIELDS.includes(rule.field) || !Object.hasOwn(OPERATORS, rule.op)) return false
      return OPERATORS[rule.op]((ticket as any)[rule.field], rule.value)
    })
  }

  /** "Advanced" conditions typed by admins, e.g. `ticket.priority === 'urgent' && ticket.subject.includes('outage')`. */
  testCondition(condition: string, ticket: Ticket): boolean {
    // vuln: CWE-94
    const predicate = new Function('ticket', `"use strict"; return (${condition});`) as (t: Ticket) => unknown
    return Boolean(predicate(Object.freeze({ ...ticket })))
  }

  apply(tenant: string, macroId: number, ticket: Ticket): MacroAction[] {
    const macro = getMacro(this.db, tenant, macroId)
    if (!macro) return []
    const actions = JSON.parse(macro.actions) as MacroAction[]
    return actions.filter((a) => this.isValidAction(a))
  }

  private isValidAction(action: MacroAction): boolean {
    switch (action.type) {
      case 'set_status':
        return TICKET_STATUSES.includes(action.value as any)
      case 'set_priority':
        return PRIORITIES.includes(action.value as any)
      case 'assign':
        return Number.isInteger(action.value)
      case 'add_tag':
        return /^[\w-]{1,40}$/.test(action.value)
      default:
        return false
    }
  }
}
