import { Inject, Injectable } from "@tsed/di";
import { PG_POOL } from "../datasources/PgDatasource";

export interface SupplierRow {
  id: number;
  code: string;
  name: string;
  country: string;
  webhook_url: string | null;
  rating: number;
}

@Injectable()
export class SupplierRepository {
  @Inject(PG_POOL)
  protected pool: PG_POOL;

  async findByCodes(codes: string[]): Promise<SupplierRow[]> {
    // safe: CWE-89
    const { rows } = await this.pool.query<SupplierRow>("SELECT * FROM suppliers WHERE code = ANY($1::text[])", [codes]);
    return rows;
  }

  async findById(id: number): Promise<SupplierRow | undefined> {
    const { rows } = await this.pool.query<SupplierRow>("SELECT * FROM suppliers WHERE id = $1", [id]);
    return rows[0];
  }

  async byCountry(countries: string[], minRating: number): Promise<SupplierRow[]> {
    const list = countries.map((c) => `'${c}'`).join(",");
    // vuln: CWE-89
    const { rows } = await this.pool.query<SupplierRow>(`SELECT * FROM suppliers WHERE country IN (${list}) AND rating >= $1 ORDER BY name`, [minRating]);
    return rows;
  }

  async setWebhook(id: number, url: string | null): Promise<void> {
    await this.pool.query("UPDATE suppliers SET webhook_url = $1 WHERE id = $2", [url, id]);
  }

  async stats(column: "country" | "rating"): Promise<Array<{ key: string; total: number }>> {
    const col = column === "rating" ? "rating" : "country";
    // safe: CWE-89
    const { rows } = await this.pool.query(`SELECT ${col} AS key, count(*)::int AS total FROM suppliers GROUP BY ${col} ORDER BY total DESC`);
    return rows;
  }
}
