import type { Request, Response } from 'express';
import { invoiceRepository, reportRepository } from '../repositories';
import type { AuthedRequest } from '../middleware/auth';
import { userIdFromToken } from '../utils/tokens';

interface ListQuery {
  q?: string;
  sort?: string;
  safe?: string;
}

export async function listReports(req: Request<{}, {}, {}, ListQuery>, res: Response) {
  const teamId = (req as AuthedRequest).user!.teamId;
  const filter = { teamId, q: req.query.q, sort: req.query.sort };
  const rows = req.query.safe ? await reportRepository.listSafe(filter) : await reportRepository.list(filter);
  res.json(rows);
}

export async function createReport(req: AuthedRequest, res: Response) {
  const [id] = await reportRepository.create(req.user!.teamId, req.body.title, req.body.body);
  res.status(201).json({ id });
}

export async function totals(req: AuthedRequest, res: Response) {
  res.json(await reportRepository.totalsSince(req.user!.teamId, String(req.query.from)));
}

export async function totalsSafe(req: AuthedRequest, res: Response) {
  res.json(await reportRepository.totalsSinceSafe(req.user!.teamId, String(req.query.from)));
}

export async function invoiceByNumber(req: Request, res: Response) {
  const rows = req.query.v === '2'
    ? await invoiceRepository.byNumberSafe(req.params.number)
    : await invoiceRepository.byNumber(req.params.number);
  res.json(rows);
}

export async function largeInvoices(req: Request, res: Response) {
  res.json(await invoiceRepository.above(String(req.query.min ?? '1000')));
}

export async function myInvoices(req: Request, res: Response) {
  const userId = userIdFromToken(String(req.headers['x-session-token'] ?? ''));
  if (!userId) return res.status(401).end();
  return res.json(await invoiceRepository.forCustomer(Number(userId)));
}
