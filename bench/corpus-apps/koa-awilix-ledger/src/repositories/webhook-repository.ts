import type { Kysely, Selectable } from 'kysely';
import type { Database, WebhookTable } from '../db/types';

export type Webhook = Selectable<WebhookTable>;

export default class WebhookRepository {
  private readonly db: Kysely<Database>;
  private readonly tenantId: number;

  constructor({ db, tenantId }: { db: Kysely<Database>; tenantId: number }) {
    this.db = db;
    this.tenantId = tenantId;
  }

  async create(url: string, secret: string, events: string[]): Promise<Webhook> {
    return this.db
      .insertInto('webhooks')
      .values({ tenant_id: this.tenantId, url, secret, events })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async forEvent(event: string): Promise<Webhook[]> {
    return this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where((eb) => eb(eb.val(event), '=', eb.fn.any('events')))
      .execute();
  }
}
