import { Router } from 'express';
import { container } from 'tsyringe';
import { AuthController } from '../controllers/AuthController';
import { authenticate } from '../middleware/authenticate';
import { resetLimiter } from '../middleware/rateLimit';
import { validate } from '../middleware/validate';
import { asyncHandler } from '../utils/asyncHandler';
import { approvalPinBody, loginBody, registerBody, resetBody } from '../validation/schemas';

export function authRoutes(): Router {
  const router = Router();
  const controller = container.resolve(AuthController);

  // vuln: CWE-307
  router.post('/login', validate(loginBody), asyncHandler(controller.login));
  router.post('/register', validate(registerBody), asyncHandler(controller.register));
  // safe: CWE-307
  router.post('/password-reset', resetLimiter, validate(resetBody), asyncHandler(controller.requestReset));
  router.put('/approval-pin', authenticate, validate(approvalPinBody), asyncHandler(controller.setApprovalPin));
  router.get('/verify-email', asyncHandler(controller.verifyEmail));
  router.get('/continue', controller.continueTo);

  return router;
}
