import express, { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { body, query } from 'express-validator';
import { AuthController } from '../controllers/AuthController';
import { CustomerController } from '../controllers/CustomerController';
import { OpsController } from '../controllers/OpsController';
import { requireApiAuth, requireRole, requireSession } from '../middleware/auth';
import { customers, users } from '../repositories';

const auth = new AuthController(users);
const customerCtl = new CustomerController(customers);
const ops = new OpsController();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'apac'];

export const pages = Router();

pages.get('/login', auth.showLogin);
pages.post('/login', loginLimiter, express.urlencoded({ extended: false }), auth.login);
pages.post('/logout', auth.logout);

pages.use(requireSession);

pages.get(
  '/customers',
  query('status').optional().isIn(['active', 'trial', 'suspended', 'churned']),
  query('plan').optional().isAlphanumeric(),
  query('page').optional().isInt({ min: 1, max: 10_000 }),
  customerCtl.index,
);
pages.get('/customers/search', customerCtl.search);
pages.get('/customers/export.csv', customerCtl.exportCsv);
pages.get('/customers/:id(\\d+)', customerCtl.show);
pages.post('/customers/:id(\\d+)/notes', express.urlencoded({ extended: false }), customerCtl.saveNotes);

pages.post('/account/password', express.urlencoded({ extended: false }), body('password').isStrongPassword(), auth.updatePassword);
pages.post('/account/token', auth.issueToken);

pages.post('/ops/invites', requireRole('owner', 'admin'), express.json(), body('email').isEmail(), auth.invite);
pages.post('/ops/backups', requireRole('owner'), express.json(), ops.requestBackup);
pages.post('/ops/import', requireRole('owner', 'admin'), express.raw({ type: 'application/zip', limit: '50mb' }), ops.importUpload);
pages.post('/ops/exports', requireRole('owner', 'admin'), express.json(), ops.createBundle);
pages.get('/ops/exports/:file', requireRole('owner', 'admin'), ops.downloadExport);
pages.post('/ops/webhooks/test', requireRole('owner', 'admin'), express.json(), ops.testWebhook);
pages.post('/ops/settings', requireRole('owner'), express.urlencoded({ extended: false }), ops.saveSettings);
pages.post('/ops/flags', requireRole('owner'), express.json(), ops.setFlag);

export const api = Router();

api.use(requireApiAuth);
api.get(
  '/revenue',
  query('since').isISO8601(),
  query('region').optional().isIn(REGIONS),
  customerCtl.revenue,
);
api.get('/customers/search', customerCtl.search);
