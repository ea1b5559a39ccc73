import { Inject, Injectable } from "@tsed/di";
import { PG_POOL } from "../datasources/PgDatasource";

@Injectable()
export class PreferencesStore {
  @Inject(PG_POOL)
  protected pool: PG_POOL;

  async load(userId: string, kind: "layout" | "preferences"): Promise<Record<string, any>> {
    const { rows } = await this.pool.query("SELECT data FROM staff_prefs WHERE user_id = $1 AND kind = $2", [userId, kind]);
    return rows[0]?.data ?? {};
  }

  async save(userId: string, kind: "layout" | "preferences", data: Record<string, any>): Promise<void> {
    await this.pool.query(
      `INSERT INTO staff_prefs (user_id, kind, data) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET data = EXCLUDED.data`,
      [userId, kind, JSON.stringify(data)]
    );
  }
}
