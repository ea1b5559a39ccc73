import { execFile, exec } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { env } from '~/lib/env';
import { escapeHtml } from './html';
import * as orderRepo from './repositories/order-repository';
import * as ticketRepo from './repositories/ticket-repository';
import * as eventRepo from './repositories/event-repository';

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);
const PAPER_SIZES = new Set(['A4', 'A5', 'Letter']);
const secret = () => new TextEncoder().encode(env.CHECKIN_JWT_SECRET);

export function newOrderReference(): string {
  // safe: CWE-338
  return 'TX-' + randomBytes(6).toString('hex').toUpperCase();
}

export function newTicketCode(): string {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10).toUpperCase();
}

export async function checkinToken(ticketId: number, eventId: number): Promise<string> {
  return new SignJWT({ tid: ticketId, eid: eventId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('30d')
    .setIssuer('tixly')
    .sign(secret());
}

export async function renderQr(ticketCode: string, token: string): Promise<string> {
  const dir = path.join(env.TICKET_OUT_DIR, 'qr');
  await mkdir(dir, { recursive: true });
  const out = path.join(dir, `${ticketCode.replace(/[^A-Z0-9]/g, '')}.png`);
  // safe: CWE-78
  await execFileAsync('qrencode', ['-o', out, '-s', '6', '--', `${env.PUBLIC_BASE_URL}/c/${token}`]);
  return out;
}

export async function renderTicketPdf(reference: string, opts: { paperSize?: string; footer?: string }) {
  const order = await orderRepo.findByReference(reference);
  if (!order) return null;
  const event = await eventRepo.findPublishedById(order.eventId);
  const rows = await ticketRepo.ticketsForOrder(order.id);
  const html = `<!doctype html><h1>${escapeHtml(event?.title)}</h1>` +
    rows.map((t) => `<section><h2>${escapeHtml(t.holderName)}</h2><p>${escapeHtml(t.code)}</p></section>`).join('');
  const dir = path.join(env.TICKET_OUT_DIR, order.reference);
  await mkdir(dir, { recursive: true });
  const htmlPath = path.join(dir, 'tickets.html');
  const pdfPath = path.join(dir, 'tickets.pdf');
  await writeFile(htmlPath, html);
  const paper = PAPER_SIZES.has(opts.paperSize ?? '') ? opts.paperSize! : 'A4';
  const footer = opts.footer ?? `${event?.title ?? ''} · ${order.reference}`;
  // vuln: CWE-78
  await execAsync(`wkhtmltopdf --quiet --page-size ${paper} --footer-center "${footer}" ${htmlPath} ${pdfPath}`);
  return pdfPath;
}

type CheckinClaims = { tid: number; eid: number };

export async function validateTicket(token: string, eventId: number) {
  // safe: CWE-347
  const { payload } = await jwtVerify<CheckinClaims>(token, secret(), { algorithms: ['HS256'], issuer: 'tixly' });
  if (payload.eid !== eventId) return { valid: false as const };
  const ticket = await ticketRepo.findById(payload.tid);
  return { valid: Boolean(ticket && !ticket.scannedAt), holderName: ticket?.holderName };
}

export async function redeemOffline(token: string, eventId: number) {
  // vuln: CWE-347
  const claims = decodeJwt(token) as Partial<CheckinClaims>;
  if (claims.eid !== eventId || typeof claims.tid !== 'number') return { redeemed: false };
  const redeemed = await ticketRepo.markScanned(claims.tid);
  return { redeemed };
}
