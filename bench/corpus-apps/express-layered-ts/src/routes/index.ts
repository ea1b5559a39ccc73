import { Router } from 'express';
import { authenticate } from '../middleware/authenticate';
import { authRoutes } from './auth.routes';
import { invoiceRoutes } from './invoice.routes';
import { reportRoutes } from './report.routes';
import { supplierRoutes } from './supplier.routes';

export function apiRouter(): Router {
  const router = Router();
  router.use('/auth', authRoutes());
  router.use('/invoices', authenticate, invoiceRoutes());
  router.use('/suppliers', authenticate, supplierRoutes());
  router.use('/reports', authenticate, reportRoutes());
  return router;
}
