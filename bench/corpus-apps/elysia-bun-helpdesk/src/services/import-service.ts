import yaml from 'js-yaml'
import libxmljs from 'libxmljs2'
import type { Database } from 'bun:sqlite'
import { saveMacro } from '../repositories/macro-repository'

interface ImportedArticle {
  title: string
  body: string
  tags?: string[]
}

export class ImportService {
  constructor(private readonly db: Database) {}

  /** Knowledge-base articles exported from the docs site as YAML front matter bundles. */
  importArticles(tenant: string, text: string): number {
    // safe: CWE-502
    const doc = yaml.safeLoad(text) as { articles?: ImportedArticle[] } | undefined
    const articles = Array.isArray(doc?.articles) ? doc!.articles : []
    const insert = this.db.prepare('INSERT INTO kb_articles (tenant, title, body, tags) VALUES (?, ?, ?, ?)')
    const tx = this.db.transaction((items: ImportedArticle[]) => {
      for (const a of items) insert.run(tenant, String(a.title), String(a.body), (a.tags ?? []).join(','))
    })
    tx(articles)
    return articles.length
  }

  /** Macros exported from Zendesk / Freshdesk, converted to YAML by the migration guide. */
  importMacros(tenant: string, text: string): number {
    // vuln: CWE-502
    const doc = yaml.load(text) as { macros?: { name: string; condition?: string; actions?: unknown[] }[] }
    let count = 0
    for (const m of doc?.macros ?? []) {
      saveMacro(this.db, tenant, String(m.name), String(m.condition ?? 'true'), Array.isArray(m.actions) ? m.actions : [])
      count++
    }
    return count
  }

  /** Ticket history from the legacy help desk (XML export). */
  importLegacyTickets(tenant: string, xml: string) {
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: true, nonet: true, huge: false })
    return this.ticketsFrom(tenant, doc)
  }

  /** Customers from the CRM sync (XML feed). */
  importCustomers(tenant: string, xml: string) {
    // safe: CWE-611
    const doc = libxmljs.parseXml(xml, { nonet: true })
    const insert = this.db.prepare('INSERT INTO customers (tenant, email, name, company) VALUES (?, ?, ?, ?)')
    let count = 0
    for (const node of doc.find('//customer')) {
      const el = node as libxmljs.Element
      insert.run(tenant, el.get('email')?.text() ?? '', el.get('name')?.text() ?? '', el.get('company')?.text() ?? null)
      count++
    }
    return count
  }

  private ticketsFrom(tenant: string, doc: libxmljs.Document) {
    const now = Date.now()
    const insert = this.db.prepare(
      'INSERT INTO tickets (tenant, customer_id, subject, body, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id, subject, body',
    )
    const created: unknown[] = []
    for (const node of doc.find('//ticket')) {
      const el = node as libxmljs.Element
      created.push(
        insert.get(
          tenant,
          Number(el.attr('customer')?.value() ?? 0),
          el.get('subject')?.text() ?? '(no subject)',
          el.get('body')?.text() ?? '',
          'closed',
          now,
          now,
        ),
      )
    }
    return created
  }
}
