import { registerProvider } from "@tsed/di";
import { Pool } from "pg";
import { envs } from "../config/envs";

export const PG_POOL = Symbol.for("PG_POOL");
export type PG_POOL = Pool;

registerProvider<Pool>({
  provide: PG_POOL,
  async useAsyncFactory() {
    const pool = new Pool({
      connectionString: envs.databaseUrl,
      max: 10,
      ssl: process.env.PGSSL === "1" ? { ca: process.env.PG_CA_CERT } : undefined
    });
    await pool.query("SELECT 1");
    return pool;
  },
  hooks: {
    $onDestroy(pool: Pool) {
      return pool.end();
    }
  }
});
