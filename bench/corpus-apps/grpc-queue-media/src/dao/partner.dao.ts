import type { Pool } from 'pg';
import { pool } from './pool';

export interface PartnerRow {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  delivery_filter: string | null;
  delivery_rules: Array<{ field: string; op: string; value: string }>;
  callback_endpoint: string | null;
  callback_tls: 'verified' | 'relaxed' | 'plaintext' | 'relay';
}

export interface WebhookRow {
  id: string;
  partner_id: string;
  url: string;
  secret: string;
  events: string[];
}

export class PartnerDao {
  constructor(private readonly db: Pool) {}

  async findById(id: string): Promise<PartnerRow | null> {
    const { rows } = await this.db.query<PartnerRow>('SELECT * FROM partners WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async saveSettings(id: string, settings: Record<string, unknown>): Promise<void> {
    await this.db.query('UPDATE partners SET settings = $2::jsonb, updated_at = now() WHERE id = $1', [id, JSON.stringify(settings)]);
  }

  async saveFilter(id: string, expression: string): Promise<void> {
    await this.db.query('UPDATE partners SET delivery_filter = $2 WHERE id = $1', [id, expression]);
  }

  async saveRules(id: string, rules: PartnerRow['delivery_rules']): Promise<void> {
    await this.db.query('UPDATE partners SET delivery_rules = $2::jsonb WHERE id = $1', [id, JSON.stringify(rules)]);
  }

  async addWebhook(row: Omit<WebhookRow, 'id'>): Promise<void> {
    await this.db.query(
      'INSERT INTO partner_webhooks (partner_id, url, secret, events) VALUES ($1, $2, $3, $4)',
      [row.partner_id, row.url, row.secret, row.events],
    );
  }

  async webhooksFor(partnerId: string, event: string): Promise<WebhookRow[]> {
    const { rows } = await this.db.query<WebhookRow>(
      'SELECT * FROM partner_webhooks WHERE partner_id = $1 AND $2 = ANY(events)',
      [partnerId, event],
    );
    return rows;
  }
}

export const partnerDao = new PartnerDao(pool);
