import { Router } from 'express';
import express from 'express';
import * as reports from '../controllers/reportController';
import * as imports from '../controllers/importController';
import * as calc from '../controllers/calcController';
import * as hooks from '../controllers/webhookController';
import { resizeLogo, resizeLogoSafe } from '../controllers/imageController';
import * as sandbox from '../controllers/sandboxController';
import { previewDocsPage, previewTemplate } from '../controllers/previewController';
import { authenticate, authenticateStrict } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

export const reportsRouter = Router();

reportsRouter
  .route('/reports')
  .get(authenticate, reports.listReports)
  .post([authenticate, validateBody(['title', 'body'])], reports.createReport);

reportsRouter.get('/reports/totals', authenticateStrict, reports.totals);
reportsRouter.get('/reports/totals/v2', authenticateStrict, reports.totalsSafe);
reportsRouter.route('/invoices/:number').get(authenticate, reports.invoiceByNumber);
reportsRouter.get('/invoices', authenticate, reports.largeInvoices);
reportsRouter.get('/me/invoices', reports.myInvoices);

reportsRouter.post('/prices/yaml', authenticate, imports.importPricesYaml());
reportsRouter.post('/prices/yaml/preview', authenticate, imports.previewPricesYaml());
reportsRouter.post('/prices/xml', authenticate, express.raw({ type: 'application/xml' }), imports.importPricesXml());
reportsRouter.post('/prices/xml/validate', authenticate, express.raw({ type: 'application/xml' }), imports.validatePricesXml());

reportsRouter.get('/calc/preview', authenticate, calc.previewFormula);
reportsRouter.post('/calc/discount', authenticate, calc.applyDiscount);
reportsRouter.post('/calc/rule', authenticate, calc.compileRule);
reportsRouter.get('/calc/simple', calc.simpleCalc);
reportsRouter.get('/calc/fixed', calc.fixedFormula);

reportsRouter.post('/webhooks', authenticate, hooks.registerWebhook());
reportsRouter.post('/webhooks/slack-test', authenticate, hooks.testSlackHook());
reportsRouter.post('/webhooks/test', authenticate, hooks.testIntegration());

reportsRouter.get('/teams/:teamId/logo', resizeLogo);
reportsRouter.get('/teams/:teamId/logo/v2', resizeLogoSafe);

reportsRouter.post('/pricing/eval', authenticate, sandbox.evalPricing());
reportsRouter.post('/pricing/script', authenticate, sandbox.runPricingScript());
reportsRouter.get('/pricing/static', authenticate, sandbox.staticPricing());
reportsRouter.get('/pricing/notevil', authenticate, sandbox.notevilPricing());
reportsRouter.get('/pricing/simple', sandbox.simplePricing());

reportsRouter.get('/templates/preview', authenticate, previewTemplate);
reportsRouter.get('/docs/preview', previewDocsPage);
