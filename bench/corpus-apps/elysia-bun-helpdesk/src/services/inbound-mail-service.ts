import type { Database } from 'bun:sqlite'
import type { TicketService } from './ticket-service'

export interface InboundMail {
  from: string
  subject: string
  text: string
  messageId?: string
}

const SENDER = /^([a-zA-Z0-9]+[._+-]?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/
const REFERENCE = /\[DK-(\d{1,9})\]/
const SIMPLE_EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/

export class InboundMailService {
  constructor(
    private readonly db: Database,
    private readonly tickets: TicketService,
  ) {}

  /** Parsed e-mails posted by the mail provider's inbound webhook. */
  receive(tenant: string, mail: InboundMail) {
    const from = mail.from.trim()
    // vuln: CWE-1333
    if (!SENDER.test(from)) return { accepted: false, reason: 'invalid sender' }
    return this.attach(tenant, from, mail)
  }

  /** The contact form on the portal uses a simpler check. */
  contactForm(tenant: string, mail: InboundMail) {
    // safe: CWE-1333
    if (!SIMPLE_EMAIL.test(mail.from)) return { accepted: false, reason: 'invalid sender' }
    return this.attach(tenant, mail.from, mail)
  }

  private attach(tenant: string, from: string, mail: InboundMail) {
    const customer = this.db.query('SELECT id FROM customers WHERE tenant = ? AND email = ?').get(tenant, from.toLowerCase()) as
      | { id: number }
      | null
    if (!customer) return { accepted: false, reason: 'unknown customer' }
    const ref = REFERENCE.exec(mail.subject)
    if (ref) {
      this.db.run('INSERT INTO comments (ticket_id, author, body, internal, created_at) VALUES (?, ?, ?, 0, ?)', [
        Number(ref[1]),
        from,
        mail.text,
        Date.now(),
      ])
      return { accepted: true, ticket: Number(ref[1]) }
    }
    const ticket = this.tickets.open(tenant, { customerId: customer.id, subject: mail.subject.slice(0, 200), body: mail.text })
    return { accepted: true, ticket: ticket.id }
  }
}
