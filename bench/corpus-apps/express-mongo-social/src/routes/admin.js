import csrf from 'csurf';
import { Router } from 'express';
import * as adminController from '../controllers/adminController.js';
import { ensureAdmin } from '../middleware/auth.js';

const router = Router();
const csrfProtection = csrf();

router.use(ensureAdmin);
router.get('/', csrfProtection, adminController.dashboard);
router.post('/backups', csrfProtection, adminController.createBackup);
router.post('/backups/:name/restore', csrfProtection, adminController.restoreBackup);
router.post('/users/:id/role', csrfProtection, adminController.setRole);

export default router;
