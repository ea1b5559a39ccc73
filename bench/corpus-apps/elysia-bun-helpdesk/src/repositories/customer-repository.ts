import type { Database } from 'bun:sqlite'

export interface Customer {
  id: number
  tenant: string
  email: string
  name: string
  company: string | null
  avatar: string | null
  portal_password: string | null
}

export class CustomerRepository {
  constructor(private readonly db: Database) {}

  findById(tenant: string, id: number): Customer | null {
    return this.db.query('SELECT * FROM customers WHERE tenant = ? AND id = ?').get(tenant, id) as Customer | null
  }

  findByEmail(tenant: string, email: string): Customer | null {
    // safe: CWE-89
    return this.db.query('SELECT * FROM customers WHERE tenant = $tenant AND email = $email').get({
      $tenant: tenant,
      $email: email.toLowerCase(),
    }) as Customer | null
  }

  search(tenant: string, term: string): Customer[] {
    const like = `%${term.replace(/[\\%_]/g, '\\$&')}%`
    // safe: CWE-89
    return this.db
      .query("SELECT id, email, name, company FROM customers WHERE tenant = ?1 AND (name LIKE ?2 ESCAPE '\\' OR email LIKE ?2 ESCAPE '\\') LIMIT 50")
      .all(tenant, like) as Customer[]
  }

  byCompany(tenant: string, company: string): Customer[] {
    const text = `SELECT id, email, name FROM customers WHERE tenant = ? AND company = '${company}' ORDER BY name`
    // vuln: CWE-89
    return this.db.prepare(text).all(tenant) as Customer[]
  }

  setAvatar(tenant: string, id: number, file: string): void {
    this.db.run('UPDATE customers SET avatar = ? WHERE tenant = ? AND id = ?', [file, tenant, id])
  }

  setPortalPassword(tenant: string, id: number, hash: string): void {
    this.db.run('UPDATE customers SET portal_password = ? WHERE tenant = ? AND id = ?', [hash, tenant, id])
  }
}
