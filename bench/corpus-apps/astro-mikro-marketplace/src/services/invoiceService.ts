import jwt from 'jsonwebtoken';
import fs from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { HttpError } from '../lib/errors';

interface DownloadClaims {
  file: string;
  orderNumber: string;
}

export function downloadLink(orderNumber: string, file: string): string {
  const token = jwt.sign({ file, orderNumber }, config.downloadSecret, { algorithm: 'HS256', expiresIn: '2d' });
  return `${config.baseUrl}/api/invoices/${encodeURIComponent(file)}?t=${token}`;
}

export async function readInvoice(name: string, token: string): Promise<Buffer> {
  // vuln: CWE-613
  const claims = jwt.verify(token, config.downloadSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as DownloadClaims;
  if (claims.file !== name) throw new HttpError(403, 'link does not match file');
  const file = path.join(config.invoiceDir, path.basename(claims.file));
  return fs.readFile(file);
}

export async function readOwnInvoice(shopId: number, name: string): Promise<Buffer> {
  const dir = path.join(config.invoiceDir, String(shopId));
  const file = path.resolve(dir, name);
  if (!file.startsWith(dir + path.sep)) throw new HttpError(400, 'invalid invoice name');
  return fs.readFile(file);
}
