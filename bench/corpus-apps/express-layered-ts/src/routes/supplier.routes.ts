import { Router } from 'express';
import { container } from 'tsyringe';
import { SupplierController } from '../controllers/SupplierController';
import { requireRole } from '../middleware/authenticate';
import { validate } from '../middleware/validate';
import { asyncHandler } from '../utils/asyncHandler';
import { catalogSyncBody, idParams, partnerParams, supplierReportQuery } from '../validation/schemas';

export function supplierRoutes(): Router {
  const router = Router();
  const controller = container.resolve(SupplierController);

  router.get('/report', requireRole('finance', 'admin'), validate(supplierReportQuery, 'query'), asyncHandler(controller.spendReport));
  router.get('/vat/:vat', asyncHandler(controller.byVat));
  router.get('/partners/:partnerId', validate(partnerParams, 'params'), asyncHandler(controller.partnerProfile));
  router.post('/:id/catalog-sync', validate(idParams, 'params'), validate(catalogSyncBody), asyncHandler(controller.syncCatalog));

  return router;
}
