import { execFile } from "child_process";
import { promisify } from "util";
import { join } from "path";
import { Pool } from "pg";
import { envs } from "../config/envs";
import { writeFile } from "fs/promises";

const execFileAsync = promisify(execFile);

async function dumpDatabase(stamp: string) {
  const out = join(envs.exportsRoot, `warehouse-${stamp}.dump`);
  // safe: CWE-78
  await execFileAsync("pg_dump", ["--format=custom", "--file", out, envs.databaseUrl], { timeout: 30 * 60 * 1000 });
  return out;
}

async function exportOpenShipments(pool: Pool, stamp: string) {
  const { rows } = await pool.query("SELECT reference, status, carrier, created_at FROM shipments WHERE status <> 'shipped'");
  const csv = ["reference,status,carrier,created_at", ...rows.map((r) => [r.reference, r.status, r.carrier, r.created_at.toISOString()].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(","))].join("\n");
  const file = join(envs.exportsRoot, `open-shipments-${stamp}.csv`);
  await writeFile(file, csv, "utf8");
  return file;
}

async function main() {
  const stamp = new Date().toISOString().slice(0, 10);
  const pool = new Pool({ connectionString: envs.databaseUrl });
  try {
    const dump = await dumpDatabase(stamp);
    const csv = await exportOpenShipments(pool, stamp);
    console.log(JSON.stringify({ event: "nightly_export_done", dump, csv }));
  } finally {
    await pool.end();
  }
}

main().catch((err) => {
  console.error(JSON.stringify({ event: "nightly_export_failed", message: err.message }));
  process.exit(1);
});
