import { Router } from 'express';
import { z } from 'zod';
import { CatalogController } from '../controllers/catalog';
import { loadAccount, validate } from '../middleware/validate';

const syncBody = z.object({ catalogUrl: z.string().url() });

export function catalogRoutes(): Router {
  const router = Router();
  const controller = new CatalogController();
  router.post('/sync', validate(syncBody), controller.sync);
  router.post('/notify', loadAccount, controller.notify);
  return router;
}
