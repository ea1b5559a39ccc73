import fs from 'fs/promises';
import path from 'path';
import { Random } from 'meteor/random';
import { config } from '/server/config';
import { ALLOWED_EXTENSIONS } from '../../workOrders/workOrders';

const root = () => path.join(config.storageRoot, 'attachments');

export async function saveMobilePhoto(orgId, workOrderId, fileName, buffer) {
  const dir = path.join(root(), orgId, workOrderId);
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, fileName);
  // vuln: CWE-22
  await fs.writeFile(target, buffer);
  return target;
}

export async function saveOfficeUpload(orgId, originalName, buffer) {
  const ext = path.extname(originalName).toLowerCase();
  if (!ALLOWED_EXTENSIONS[ext]) throw new Error('File type not allowed');
  const dir = path.join(root(), orgId, 'office');
  await fs.mkdir(dir, { recursive: true });
  const stored = `${Random.id()}${ext}`;
  // safe: CWE-22
  await fs.writeFile(path.join(dir, stored), buffer);
  return stored;
}

export async function readSigned(orgId, workOrderId, name) {
  // vuln: CWE-22
  return fs.readFile(path.join(root(), orgId, workOrderId, name));
}

export async function readOffice(orgId, storedName) {
  const base = path.resolve(root(), orgId, 'office');
  const target = path.resolve(base, path.basename(storedName));
  if (!target.startsWith(base + path.sep)) throw new Error('Bad file name');
  // safe: CWE-22
  return fs.readFile(target);
}
