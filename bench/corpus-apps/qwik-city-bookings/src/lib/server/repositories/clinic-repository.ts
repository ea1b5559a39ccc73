import type { Client, Row } from '@libsql/client';
import { escapeLike } from '~/lib/validators';

export interface Clinic {
  id: number;
  slug: string;
  name: string;
  city: string;
  descriptionHtml: string;
  website: string;
  webhookUrl: string | null;
  accentColour: string;
}

const EDITABLE = ['name', 'city', 'description_html', 'website', 'accent_colour'] as const;
type EditableColumn = (typeof EDITABLE)[number];

function toClinic(row: Row): Clinic {
  return {
    id: Number(row['id']),
    slug: String(row['slug']),
    name: String(row['name']),
    city: String(row['city']),
    descriptionHtml: String(row['description_html'] ?? ''),
    website: String(row['website'] ?? ''),
    webhookUrl: row['webhook_url'] ? String(row['webhook_url']) : null,
    accentColour: String(row['accent_colour'] ?? '#2f6f6a'),
  };
}

export class ClinicRepository {
  constructor(private readonly client: Client) {}

  async findBySlug(slug: string): Promise<Clinic | null> {
    const rs = await this.client.execute({ sql: 'SELECT * FROM clinics WHERE slug = ?', args: [slug] });
    return rs.rows[0] ? toClinic(rs.rows[0]) : null;
  }

  async findById(id: number): Promise<Clinic | null> {
    const rs = await this.client.execute({ sql: 'SELECT * FROM clinics WHERE id = ?', args: [id] });
    return rs.rows[0] ? toClinic(rs.rows[0]) : null;
  }

  async searchByCity(city: string): Promise<Clinic[]> {
    // vuln: CWE-89
    const rs = await this.client.execute(`SELECT * FROM clinics WHERE listed = 1 AND city LIKE '%${city}%' ORDER BY name LIMIT 50`);
    return rs.rows.map(toClinic);
  }

  async searchByName(name: string): Promise<Clinic[]> {
    // safe: CWE-89
    const rs = await this.client.execute({
      sql: "SELECT * FROM clinics WHERE listed = 1 AND name LIKE ? ESCAPE '\\' ORDER BY name LIMIT 50",
      args: [`%${escapeLike(name)}%`],
    });
    return rs.rows.map(toClinic);
  }

  async openingHoursBySlug(slug: string): Promise<Row[]> {
    // vuln: CWE-89
    const rs = await this.client.execute(`SELECT h.weekday, h.opens, h.closes FROM opening_hours h JOIN clinics c ON c.id = h.clinic_id WHERE c.slug = '${slug}' ORDER BY h.weekday`);
    return rs.rows;
  }

  async openingHours(clinicId: number): Promise<Row[]> {
    const rs = await this.client.execute({
      sql: 'SELECT weekday, opens, closes FROM opening_hours WHERE clinic_id = ? ORDER BY weekday',
      args: [clinicId],
    });
    return rs.rows;
  }

  async dashboardStats(clinicId: number): Promise<Row | undefined> {
    const rs = await this.client.execute({
      sql: `SELECT COUNT(*) AS total,
                   SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
                   SUM(CASE WHEN date(starts_at) = date('now') THEN 1 ELSE 0 END) AS today
            FROM bookings WHERE clinic_id = ?`,
      args: [clinicId],
    });
    return rs.rows[0];
  }

  async updateProfile(clinicId: number, changes: Partial<Record<EditableColumn, string>>): Promise<void> {
    const columns = EDITABLE.filter((c) => changes[c] !== undefined);
    if (columns.length === 0) return;
    const assignments = columns.map((c) => `${c} = ?`).join(', ');
    // safe: CWE-89
    await this.client.execute({
      sql: `UPDATE clinics SET ${assignments} WHERE id = ?`,
      args: [...columns.map((c) => changes[c] as string), clinicId],
    });
  }

  async setWebhook(clinicId: number, url: string | null): Promise<void> {
    await this.client.execute({ sql: 'UPDATE clinics SET webhook_url = ? WHERE id = ?', args: [url, clinicId] });
  }
}
