import type { TicketRepository, Ticket } from '../repositories/ticket-repository'
import { PRIORITIES, TICKET_STATUSES, clampLimit } from '../lib/validate'

export interface ListQuery {
  status?: string
  assignee?: string
  sort?: string
  dir?: string
  limit?: string
  page?: string
}

export class TicketService {
  constructor(private readonly repo: TicketRepository) {}

  list(tenant: string, query: ListQuery): Ticket[] {
    const limit = clampLimit(query.limit)
    const page = Math.max(1, Number(query.page) || 1)
    const status = TICKET_STATUSES.includes(query.status as any) ? query.status : undefined
    return this.repo.list(tenant, {
      status,
      assignee: query.assignee ? Number(query.assignee) : undefined,
      // the agent UI sends column names straight from its table header
      sort: query.sort ?? 'updated_at',
      direction: query.dir?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC',
      limit,
      offset: (page - 1) * limit,
    })
  }

  archived(tenant: string, sort: string | undefined): Ticket[] {
    return this.repo.listArchived(tenant, sort ?? 'updated', 100)
  }

  search(tenant: string, q: string): Ticket[] {
    const term = q.trim()
    if (term.length < 2) return []
    return this.repo.search(tenant, term)
  }

  suggest(tenant: string, prefix: string): Ticket[] {
    return this.repo.searchBySubject(tenant, prefix.trim())
  }

  get(tenant: string, id: number): Ticket | null {
    return this.repo.findById(tenant, id)
  }

  open(tenant: string, input: { customerId: number; subject: string; body: string; priority?: string }): Ticket {
    const priority = PRIORITIES.includes(input.priority as any) ? input.priority! : 'normal'
    return this.repo.create(tenant, { ...input, priority })
  }

  setStatus(tenant: string, id: number, status: string): boolean {
    if (!TICKET_STATUSES.includes(status as any)) return false
    this.repo.updateStatus(tenant, id, status)
    return true
  }
}
