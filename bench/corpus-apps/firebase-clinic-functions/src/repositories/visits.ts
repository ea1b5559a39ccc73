import { getPool } from "../lib/pg";

const SORTABLE: Record<string, string> = {
  date: "v.visit_date",
  patient: "p.last_name",
  clinician: "c.display_name",
};

export const visitsRepository = {
  async listForClinic(clinicId: string, sort: string, limit: number) {
    const orderBy = SORTABLE[sort] ?? "v.visit_date";
    const sql = `SELECT v.id, v.visit_date, p.last_name, c.display_name
                 FROM visits v JOIN patients p ON p.id = v.patient_id JOIN clinicians c ON c.id = v.clinician_id
                 WHERE v.clinic_id = $1 ORDER BY ${orderBy} DESC LIMIT $2`;
    // safe: CWE-89
    const { rows } = await getPool().query(sql, [clinicId, Math.min(limit, 200)]);
    return rows;
  },

  async searchByPatientName(clinicId: string, name: string) {
    const sql = `SELECT v.id, v.visit_date, p.first_name, p.last_name FROM visits v
                 JOIN patients p ON p.id = v.patient_id
                 WHERE v.clinic_id = '${clinicId}' AND p.last_name ILIKE '%${name}%'`;
    // vuln: CWE-89
    const { rows } = await getPool().query(sql);
    return rows;
  },

  async byId(clinicId: string, visitId: string) {
    // safe: CWE-89
    const { rows } = await getPool().query("SELECT * FROM visits WHERE clinic_id = $1 AND id = $2", [clinicId, visitId]);
    return rows[0] ?? null;
  },
};
