import { Inject, Injectable } from "@tsed/di";
import { PG_POOL } from "../datasources/PgDatasource";

export interface ShipmentRow {
  id: number;
  reference: string;
  customer_id: number;
  status: string;
  carrier: string;
  created_at: Date;
}

export interface ShipmentFilter {
  status?: string;
  carrier?: string;
  customer?: string;
  sort?: string;
  dir?: string;
  limit?: number;
  offset?: number;
}

const SORTABLE: Record<string, string> = {
  created: "s.created_at",
  reference: "s.reference",
  status: "s.status",
  weight: "s.weight_kg"
};

@Injectable()
export class ShipmentRepository {
  @Inject(PG_POOL)
  protected pool: PG_POOL;

  async findById(id: number): Promise<ShipmentRow | undefined> {
    const { rows } = await this.pool.query<ShipmentRow>("SELECT * FROM shipments WHERE id = $1", [id]);
    return rows[0];
  }

  async findByReference(reference: string): Promise<ShipmentRow | undefined> {
    // safe: CWE-89
    const { rows } = await this.pool.query<ShipmentRow>("SELECT * FROM shipments WHERE reference = $1", [reference]);
    return rows[0];
  }

  async list(filter: ShipmentFilter): Promise<ShipmentRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`s.status = $${params.length}`);
    }
    if (filter.carrier) {
      params.push(filter.carrier);
      where.push(`s.carrier = $${params.length}`);
    }
    if (filter.customer) {
      params.push(`%${filter.customer}%`);
      where.push(`c.name ILIKE $${params.length}`);
    }
    const orderBy = SORTABLE[filter.sort ?? "created"] ?? SORTABLE.created;
    const dir = filter.dir === "asc" ? "ASC" : "DESC";
    const limit = Math.min(Number(filter.limit) || 50, 200);
    const offset = Math.max(Number(filter.offset) || 0, 0);
    const sql = `SELECT s.* FROM shipments s JOIN customers c ON c.id = s.customer_id
      ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY ${orderBy} ${dir} LIMIT ${limit} OFFSET ${offset}`;
    // safe: CWE-89
    const { rows } = await this.pool.query<ShipmentRow>(sql, params);
    return rows;
  }

  // Used by the dock dashboard: "show me everything for bay 3 that mentions 'fragile'".
  async searchNotes(bay: string, text: string): Promise<ShipmentRow[]> {
    const sql = `SELECT s.* FROM shipments s WHERE s.dock_bay = '${bay}' AND s.notes ILIKE '%${text}%' ORDER BY s.created_at DESC LIMIT 100`;
    // vuln: CWE-89
    const { rows } = await this.pool.query<ShipmentRow>(sql);
    return rows;
  }

  async updateStatus(id: number, status: string, actor: string): Promise<void> {
    await this.pool.query("UPDATE shipments SET status = $1, updated_by = $2, updated_at = now() WHERE id = $3", [status, actor, id]);
  }
}
