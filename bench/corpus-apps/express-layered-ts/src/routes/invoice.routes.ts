import { Router } from 'express';
import { container } from 'tsyringe';
import { InvoiceController } from '../controllers/InvoiceController';
import { requireRole } from '../middleware/authenticate';
import { documentUpload, xmlUpload } from '../middleware/upload';
import { validate } from '../middleware/validate';
import { asyncHandler } from '../utils/asyncHandler';
import { approvalPinBody, idParams, invoiceListQuery } from '../validation/schemas';

export function invoiceRoutes(): Router {
  const router = Router();
  const controller = container.resolve(InvoiceController);

  router.get('/', validate(invoiceListQuery, 'query'), asyncHandler(controller.list));
  router.get('/search', asyncHandler(controller.search));
  router.post('/import/ubl', requireRole('finance', 'admin'), xmlUpload.single('file'), asyncHandler(controller.importUbl));
  router.post('/import/ubl/preview', xmlUpload.single('file'), asyncHandler(controller.previewUbl));
  router.get('/:id', validate(idParams, 'params'), asyncHandler(controller.get));
  router.post('/:id/documents', validate(idParams, 'params'), documentUpload.single('document'), asyncHandler(controller.attachDocument));
  router.get('/:id/document', validate(idParams, 'params'), asyncHandler(controller.downloadDocument));
  router.post('/:id/approve', requireRole('finance'), validate(idParams, 'params'), validate(approvalPinBody), asyncHandler(controller.approve));

  return router;
}
