import type { Request, Response } from 'express';
import { injectable } from 'tsyringe';
import { SupplierService } from '../services/SupplierService';
import type { SupplierReportQuery } from '../validation/schemas';

@injectable()
export class SupplierController {
  constructor(private readonly suppliers: SupplierService) {}

  spendReport = async (_req: Request, res: Response) => {
    const { country, sortBy } = res.locals.query as SupplierReportQuery;
    res.json(await this.suppliers.spendReport(country, sortBy));
  };

  byVat = async (req: Request, res: Response) => {
    res.json(await this.suppliers.byVat(req.params.vat));
  };

  partnerProfile = async (_req: Request, res: Response) => {
    res.json(await this.suppliers.partnerProfile(res.locals.params.partnerId));
  };

  syncCatalog = async (req: Request, res: Response) => {
    const { catalogUrl } = res.locals.body as { catalogUrl: string };
    res.json(await this.suppliers.syncCatalog(req.params.id, catalogUrl));
  };
}
