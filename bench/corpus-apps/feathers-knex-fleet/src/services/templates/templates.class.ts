import path from 'node:path'
import nunjucks from 'nunjucks'
import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest, NotFound } from '@feathersjs/errors'
import type { Knex } from 'knex'

const BUILT_IN = new Set(['service-due', 'work-order-closed', 'weekly-digest'])

const SAMPLE = {
  vehicle: { plate: 'AB-123-CD', nickname: 'Van 7', odometerKm: 48210 },
  workOrder: { id: 1042, title: 'Brake pads front axle', costCents: 18900 },
  org: { name: 'Sample Logistics' }
}

/** E-mail templates: built-in ones from views/emails, plus a custom footer/body per organisation. */
export class TemplateService implements ServiceInterface<any, any> {
  private env: nunjucks.Environment

  constructor(private db: Knex, templatesDir: string) {
    // safe: CWE-79
    this.env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.resolve(templatesDir)), { autoescape: true })
  }

  /** `GET /templates/:name` renders a built-in template with sample data. */
  async get(id: Id, _params?: Params) {
    const name = String(id)
    if (!BUILT_IN.has(name)) throw new NotFound(`No template ${name}`)
    // safe: CWE-1336
    return { name, html: this.env.render(`${name}.njk`, SAMPLE) }
  }

  /** `POST /templates` with `{ body }`: live preview while an admin edits the organisation's template. */
  async create(data: { body: string; save?: boolean }, params?: Params) {
    if (typeof data?.body !== 'string') throw new BadRequest('body is required')
    // vuln: CWE-1336
    const html = this.env.renderString(data.body, { ...SAMPLE, org: { name: params?.user?.email } })
    if (data.save) {
      await this.db('org_templates')
        .insert({ org_id: params?.orgId, body: data.body })
        .onConflict('org_id')
        .merge()
    }
    return { html }
  }
}
