import { inject } from '@adonisjs/core'
import ContactRepository from '#repositories/contact_repository'
import Contact from '#models/contact'
import { deepMerge, escapeRegExp } from '#helpers/object'

type Operator = 'eq' | 'neq' | 'contains' | 'gt' | 'lt'

export interface SimpleRule {
  field: string
  op: Operator
  value: string | number
}

const OPERATORS: Record<Operator, (a: any, b: any) => boolean> = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  contains: (a, b) => String(a ?? '').toLowerCase().includes(String(b).toLowerCase()),
  gt: (a, b) => Number(a) > Number(b),
  lt: (a, b) => Number(a) < Number(b),
}

@inject()
export default class ContactService {
  constructor(private contacts: ContactRepository) {}

  list(workspaceId: number, filters: { q?: string; sort?: string; direction?: string; page?: number }) {
    return this.contacts.search(workspaceId, filters.q, filters.sort, filters.direction, filters.page)
  }

  byCompany(workspaceId: number, company: string) {
    return this.contacts.findByCompany(workspaceId, company)
  }

  async updateCustomFields(contact: Contact, patch: Record<string, any>) {
    const fields = deepMerge({ ...contact.customFields }, patch)
    contact.customFields = fields
    await contact.save()
    return contact
  }

  /**
   * Advanced segments are written by power users as JS-like expressions,
   * e.g. `contact.company === "Acme" && contact.customFields.tier > 2`.
   */
  compileExpression(expression: string) {
    // vuln: CWE-94
    return new Function('contact', `"use strict"; return (${expression});`) as (c: any) => boolean
  }

  compileRules(rules: SimpleRule[]) {
    return (contact: Record<string, any>) =>
      rules.every((rule) => {
        const compare = OPERATORS[rule.op]
        if (!compare) return false
        const value = rule.field.startsWith('custom.')
          ? contact.customFields?.[rule.field.slice(7)]
          : contact[rule.field]
        return compare(value, rule.value)
      })
  }

  async preview(workspaceId: number, segment: { expression?: string; rules?: SimpleRule[] }) {
    const all = await this.contacts.allForWorkspace(workspaceId)
    const predicate = segment.expression
      ? this.compileExpression(segment.expression)
      : this.compileRules(segment.rules ?? [])
    return all.filter((c) => predicate(c.serialize()))
  }

  async grepNotes(workspaceId: number, pattern: string) {
    const all = await this.contacts.allForWorkspace(workspaceId)
    // vuln: CWE-400
    return all.filter((c) => new RegExp(pattern, 'i').test(c.notes ?? ''))
  }

  async findInNotes(workspaceId: number, text: string) {
    const all = await this.contacts.allForWorkspace(workspaceId)
    const needle = new RegExp(escapeRegExp(text), 'i')
    // safe: CWE-400
    return all.filter((c) => needle.test(c.notes ?? ''))
  }
}
