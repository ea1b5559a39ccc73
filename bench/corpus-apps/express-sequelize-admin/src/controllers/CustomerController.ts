import type { Request, Response, NextFunction } from 'express';
import { validationResult } from 'express-validator';
import sanitizeHtml from 'sanitize-html';
import { stringify } from 'csv-stringify/sync';
import path from 'path';
import fs from 'fs/promises';
import { config } from '../config';
import type { CustomerRepository } from '../repositories/CustomerRepository';
import { loadSettings } from '../services/settings';

export class CustomerController {
  constructor(private readonly repo: CustomerRepository) {}

  index = async (req: Request, res: Response) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) {
      return res.status(422).render('customers/index', { errors: errors.array(), customers: [], total: 0, query: req.query });
    }
    const { status, plan, q, sort } = req.query as Record<string, string | undefined>;
    const page = Number(req.query.page ?? 1);
    const { rows, count } = await this.repo.list({ status, plan, q, sort, page });
    const settings = await loadSettings();
    res.render('customers/index', {
      customers: rows,
      total: count,
      query: req.query,
      banner: sanitizeHtml(settings.branding.productName),
    });
  };

  search = async (req: Request, res: Response) => {
    const term = String(req.query.term ?? '');
    if (term.length < 2) return res.json([]);
    res.json(await this.repo.quickSearch(term));
  };

  show = async (req: Request, res: Response, next: NextFunction) => {
    const customer = await this.repo.findById(Number(req.params.id));
    if (!customer) return next();
    res.render('customers/show', {
      customer,
      notesPreview: sanitizeHtml(customer.notes ?? '', { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p', 'ul', 'li'] }),
    });
  };

  saveNotes = async (req: Request, res: Response) => {
    await this.repo.updateNotes(Number(req.params.id), String(req.body.notes ?? ''));
    res.redirect(`/customers/${Number(req.params.id)}`);
  };

  revenue = async (req: Request, res: Response) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
    const { region, since } = req.query as { region?: string; since: string };
    res.json(await this.repo.revenueByRegion(region, since));
  };

  /** GET /customers/export.csv?status=active — written to var/exports and downloaded. */
  exportCsv = async (req: Request, res: Response) => {
    const status = String(req.query.status ?? 'active');
    const rows = await this.repo.forExport(status);
    const fileName = `customers-${Date.now()}.csv`;
    await fs.writeFile(path.join(config.exportDir, fileName), stringify(rows, { header: true }));
    // safe: CWE-22
    res.download(fileName, `customers-${status.replace(/[^a-z]/g, '')}.csv`, { root: config.exportDir });
  };
}
