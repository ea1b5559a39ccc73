import { Pool } from "pg";
import { pgConnectionString } from "../config";

let pool: Pool | undefined;

export function getPool(): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: pgConnectionString.value(), max: 3 });
  }
  return pool;
}
