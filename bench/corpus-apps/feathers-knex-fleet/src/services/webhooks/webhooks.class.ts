import crypto from 'node:crypto'
import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import { BadRequest } from '@feathersjs/errors'
import type { Knex } from 'knex'

import { postJson, isAllowedWebhookUrl, PARTNER_DOMAINS } from '../../utils/http'

export interface WebhookSubscription {
  id: number
  orgId: number
  url: string
  events: string[]
  secret?: string
}

export interface WebhookData {
  url: string
  events: string[]
}

export interface WebhookTestData {
  url: string
  event?: string
}

export class WebhookService implements ServiceInterface<WebhookSubscription, WebhookData> {
  constructor(private db: Knex) {}

  async find(params?: Params) {
    return this.db('webhook_subscriptions').where({ org_id: params?.orgId ?? -1 }).select('id', 'url', 'events')
  }

  async create(data: WebhookData, params?: Params) {
    if (!isAllowedWebhookUrl(data.url, PARTNER_DOMAINS)) {
      throw new BadRequest('Webhook URL must be https on a registered partner domain')
    }
    // safe: CWE-338
    const secret = crypto.randomBytes(32).toString('hex')
    const [row] = await this.db('webhook_subscriptions')
      .insert({ org_id: params?.orgId, url: data.url, events: JSON.stringify(data.events ?? []), secret })
      .returning(['id', 'url', 'events'])
    return { ...row, secret }
  }

  async remove(id: Id | null, params?: Params) {
    await this.db('webhook_subscriptions').where({ id: Number(id), org_id: params?.orgId ?? -1 }).delete()
    return { id: Number(id) } as WebhookSubscription
  }

  /** Custom method `test`: lets an admin try an endpoint before subscribing it. */
  async test(data: WebhookTestData, params?: Params) {
    if (!data?.url) throw new BadRequest('url is required')
    const event = { type: data.event ?? 'work_order.created', test: true, orgId: params?.orgId, at: new Date().toISOString() }
    return postJson(data.url, event)
  }
}
