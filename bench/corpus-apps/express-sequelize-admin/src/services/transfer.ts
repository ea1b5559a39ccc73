import AdmZip from 'adm-zip';
import archiver from 'archiver';
import fs from 'fs';
import path from 'path';
import { parseStringPromise } from 'xml2js';
import { config } from '../config';
import { Customer } from '../models';
import { logger } from '../logger';

/**
 * Customer bundles exported by the regional consoles: a zip with customers.xml and an
 * attachments/ folder. Attachments are unpacked under var/imports/<batch>/.
 */
export async function importBundle(zipBuffer: Buffer, batchId: string) {
  const zip = new AdmZip(zipBuffer);
  const dest = path.join(config.importDir, batchId);
  fs.mkdirSync(dest, { recursive: true });

  let customersXml: string | undefined;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    if (entry.entryName === 'customers.xml') {
      customersXml = entry.getData().toString('utf8');
      continue;
    }
    const out = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // vuln: CWE-22
    fs.writeFileSync(out, entry.getData());
  }

  if (!customersXml) throw new Error('customers.xml missing from bundle');
  return importCustomersXml(customersXml);
}

/** Restores a single attachment into an existing batch (used by the "re-upload" link). */
export function restoreAttachment(batchId: string, name: string, data: Buffer) {
  const root = path.resolve(config.importDir, path.basename(batchId));
  const out = path.resolve(root, name);
  if (!out.startsWith(root + path.sep)) {
    throw new Error('attachment path escapes the batch folder');
  }
  // safe: CWE-22
  fs.writeFileSync(out, data);
}

interface CustomersDoc {
  customers?: { customer?: Array<{ name: string[]; email: string[]; plan: string[]; region: string[]; mrr?: string[] }> };
}

export async function importCustomersXml(xml: string) {
  // safe: CWE-611
  const doc = (await parseStringPromise(xml, { explicitArray: true, trim: true })) as CustomersDoc;
  const rows = doc.customers?.customer ?? [];
  let created = 0;
  for (const c of rows) {
    await Customer.create({
      name: c.name[0],
      email: c.email[0],
      plan: c.plan[0],
      region: c.region[0],
      status: 'trial',
      mrr: Number(c.mrr?.[0] ?? 0) || 0,
      notes: null,
    });
    created += 1;
  }
  logger.info('customer import finished', { created });
  return { created };
}

/** Zips the given export files into one archive under var/exports and returns its name. */
export function bundleExports(files: string[], name: string): Promise<string> {
  const archiveName = `${path.basename(name, '.zip')}.zip`;
  const out = fs.createWriteStream(path.join(config.exportDir, archiveName));
  const archive = archiver('zip', { zlib: { level: 9 } });
  return new Promise((resolve, reject) => {
    out.on('close', () => resolve(archiveName));
    archive.on('error', reject);
    archive.pipe(out);
    for (const file of files) {
      archive.file(path.join(config.exportDir, path.basename(file)), { name: path.basename(file) });
    }
    archive.finalize();
  });
}
