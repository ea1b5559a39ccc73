import { Router } from 'express';
import { container } from 'tsyringe';
import { JobController } from './JobController';
import { idParams } from './schemas';
import { validate } from './validate';

export function jobRoutes(): Router {
  const router = Router();
  const controller = container.resolve(JobController);
  router.post('/jobs/:id/rerun', validate(idParams, 'params'), controller.rerun);
  router.post('/jobs/:id/cancel', controller.cancel);
  return router;
}
