import type { Collection, Document, Filter } from 'mongodb';
import { mongoDb } from '../db';

export interface AuditEntry {
  clinicId: number;
  actor: string;
  action: string;
  target?: string;
  at: Date;
  meta?: Record<string, unknown>;
}

async function audit(): Promise<Collection<AuditEntry>> {
  return (await mongoDb()).collection<AuditEntry>('audit_log');
}

export async function recordAudit(entry: Omit<AuditEntry, 'at'>): Promise<void> {
  await (await audit()).insertOne({ ...entry, at: new Date() });
}

export async function listAudit(clinicId: number, action: string | null, since: Date): Promise<AuditEntry[]> {
  const filter: Filter<AuditEntry> = { clinicId, at: { $gte: since } };
  if (action) filter.action = String(action);
  // safe: CWE-943
  return (await audit()).find(filter).sort({ at: -1 }).limit(200).toArray();
}

export async function queryAudit(clinicId: number, custom: Document): Promise<AuditEntry[]> {
  const filter = { clinicId, ...custom };
  // vuln: CWE-943
  return (await audit()).find(filter).sort({ at: -1 }).limit(200).toArray();
}
