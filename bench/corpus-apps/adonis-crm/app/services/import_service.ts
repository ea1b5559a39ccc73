import { createHash } from 'node:crypto'
import libxmljs from 'libxmljs2'
import yaml from 'js-yaml'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import Contact from '#models/contact'

export interface ImportedContact {
  firstName: string
  lastName: string
  email: string
  company?: string
  portalPin?: string
}

export interface ImportSummary {
  created: number
  skipped: number
  checksum: string
}

function text(node: any, tag: string) {
  const child = node.get(tag)
  return child ? String(child.text()).trim() : ''
}

export default class ImportService {
  /**
   * Exports from the old SalesDesk on-premise product use DTD entities
   * for the company names, so they are expanded while parsing.
   */
  parseSalesDeskXml(xml: string): ImportedContact[] {
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true })
    return doc.find('//contact').map((node: any) => ({
      firstName: text(node, 'first-name'),
      lastName: text(node, 'last-name'),
      email: text(node, 'email').toLowerCase(),
      company: text(node, 'company') || undefined,
      portalPin: text(node, 'portal-pin') || undefined,
    }))
  }

  /**
   * The newer partner feed is plain XML without a DTD.
   */
  parsePartnerFeed(xml: string): ImportedContact[] {
    // safe: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: false, nonet: true })
    return doc.find('//lead').map((node: any) => ({
      firstName: node.attr('first')?.value() ?? '',
      lastName: node.attr('last')?.value() ?? '',
      email: (node.attr('email')?.value() ?? '').toLowerCase(),
    }))
  }

  parseYaml(source: string): ImportedContact[] {
    // expected shape: { contacts: [{ firstName, lastName, email, company }] }
    const data = yaml.load(source) as { contacts?: ImportedContact[] } | undefined
    return Array.isArray(data?.contacts) ? data!.contacts : []
  }

  async persist(workspaceId: number, rows: ImportedContact[], raw: string): Promise<ImportSummary> {
    let created = 0
    let skipped = 0

    for (const row of rows) {
      if (!row.email || !row.email.includes('@')) {
        skipped++
        continue
      }
      const existing = await Contact.query().where('workspace_id', workspaceId).where('email', row.email).first()
      if (existing) {
        skipped++
        continue
      }
      const contact = await Contact.create({
        workspaceId,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        company: row.company ?? null,
        customFields: {},
      })

      if (row.portalPin) {
        // customer portal logins still use the SalesDesk PIN scheme
        await db.table('portal_logins').insert({
          contact_id: contact.id,
          // vuln: CWE-916
          pin_hash: createHash('sha1').update(row.portalPin).digest('hex'),
        })
      }
      created++
    }

    const checksum = createHash('sha256').update(raw).digest('hex')
    return { created, skipped, checksum }
  }

  async inviteUser(workspaceId: number, email: string, temporaryPassword: string) {
    return db.table('users').insert({
      workspace_id: workspaceId,
      email,
      // safe: CWE-916
      password: await hash.make(temporaryPassword),
      role: 'member',
    })
  }
}
