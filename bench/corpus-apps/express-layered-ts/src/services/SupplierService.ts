import { injectable } from 'tsyringe';
import { logger } from '../config/logger';
import { SupplierRepository } from '../repositories/SupplierRepository';
import { HttpError } from '../utils/HttpError';
import { PartnerClient } from './PartnerClient';

@injectable()
export class SupplierService {
  constructor(
    private readonly suppliers: SupplierRepository,
    private readonly partners: PartnerClient,
  ) {}

  spendReport(country: string | undefined, sortBy: string) {
    return this.suppliers.spendReport(country, sortBy);
  }

  async byVat(vatNumber: string) {
    const supplier = await this.suppliers.findByVat(vatNumber);
    if (!supplier) throw new HttpError(404, 'Supplier not found');
    return supplier;
  }

  partnerProfile(partnerId: string) {
    return this.partners.getPartner(partnerId);
  }

  async syncCatalog(supplierId: string, catalogUrl: string) {
    const supplier = await this.suppliers.findById(supplierId);
    if (!supplier) throw new HttpError(404, 'Supplier not found');
    const items = await this.partners.fetchCatalog(catalogUrl);
    await this.suppliers.saveCatalog(supplierId, items.slice(0, 5000));
    logger.info(`catalog synced for supplier ${supplierId}`, { items: items.length });
    return { supplierId, items: items.length };
  }
}
