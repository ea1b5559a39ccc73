import { Router } from 'express';
import { container } from 'tsyringe';
import { ReportController } from '../controllers/ReportController';
import { requireRole } from '../middleware/authenticate';
import { documentUpload } from '../middleware/upload';
import { validate } from '../middleware/validate';
import { asyncHandler } from '../utils/asyncHandler';
import { reportBody } from '../validation/schemas';

export function reportRoutes(): Router {
  const router = Router();
  const controller = container.resolve(ReportController);

  router.post('/spend', requireRole('finance', 'admin'), validate(reportBody), asyncHandler(controller.createSpendReport));
  router.post('/convert', documentUpload.single('file'), asyncHandler(controller.convert));
  router.get('/:id/pdf', controller.download);

  return router;
}
