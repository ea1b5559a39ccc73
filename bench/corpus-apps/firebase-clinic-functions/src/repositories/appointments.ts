import { getPool } from "../lib/pg";

export interface SlotQuery {
  clinicId: string;
  from: string;
  to: string;
  clinicianIds?: string[];
  service?: string;
}

export async function findOpenSlots(q: SlotQuery) {
  const params: unknown[] = [q.clinicId, q.from, q.to];
  let sql = "SELECT id, starts_at, clinician_id FROM slots WHERE clinic_id = $1 AND starts_at BETWEEN $2 AND $3 AND booked = false";
  if (q.clinicianIds?.length) {
    params.push(q.clinicianIds);
    sql += ` AND clinician_id = ANY($${params.length})`;
  }
  // safe: CWE-89
  const { rows } = await getPool().query(sql, params);
  return rows;
}

export async function slotsForService(clinicId: string, service: string) {
  const sql = `SELECT s.id, s.starts_at FROM slots s JOIN services sv ON sv.id = s.service_id
               WHERE s.clinic_id = $1 AND sv.code = '${service}' AND s.booked = false`;
  // vuln: CWE-89
  const { rows } = await getPool().query(sql, [clinicId]);
  return rows;
}

export async function bookSlot(slotId: string, patientUid: string) {
  // safe: CWE-89
  const { rowCount } = await getPool().query("UPDATE slots SET booked = true, patient_uid = $2 WHERE id = $1 AND booked = false", [slotId, patientUid]);
  return rowCount === 1;
}
