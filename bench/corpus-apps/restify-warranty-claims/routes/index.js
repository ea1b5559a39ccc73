'use strict';

const restify = require('restify');
const { requireUser } = require('../middleware/auth');
const ClaimsDao = require('../dao/claims-dao');
const customers = require('../dao/customers-dao');
const technicians = require('../dao/technicians-dao');
const attachments = require('../dao/attachments-dao');
const insurer = require('../lib/insurer-client');

const loginThrottle = restify.plugins.throttle({ burst: 5, rate: 0.2, ip: true });

module.exports = function registerRoutes(server) {
  const claims = new ClaimsDao();
  const deps = { claims, customers, technicians, attachments, insurer };

  const auth = require('../handlers/auth')(deps);
  const claimH = require('../handlers/claims')(deps);
  const files = require('../handlers/attachments')(deps);
  const labels = require('../handlers/labels')(deps);
  const reports = require('../handlers/reports')(deps);
  const partners = require('../handlers/partners')(deps);
  const prefs = require('../handlers/preferences')(deps);
  const status = require('../handlers/status')(deps);
  const customerH = require('../handlers/customers')(deps);

  const staff = requireUser(['technician', 'dealer_admin']);
  const customer = requireUser(['customer']);

  server.post('/auth/technician', loginThrottle, auth.technicianLogin);
  server.post('/auth/customer', loginThrottle, auth.customerLogin);
  server.post('/auth/forgot-password', loginThrottle, auth.forgotPassword);
  server.get('/auth/sso/callback', auth.ssoCallback);
  server.get('/auth/logout', auth.logout);

  server.get('/claims', staff, claimH.list);
  server.get('/claims/search/model', staff, claimH.searchByModel);
  server.get('/claims/search/faults', staff, claimH.searchFaults);
  server.get('/claims/search/keyword', staff, claimH.searchFaultsByKeyword);
  server.get('/claims/:id', staff, claimH.get);
  server.post('/claims', staff, claimH.create);
  server.post('/claims/import', staff, claimH.importBatch);
  server.post('/claims/import.json', staff, claimH.importBatchJson);
  server.patch('/claims/:id/status', staff, claimH.updateStatus);
  server.post('/claims/:id/insurer', staff, claimH.submitToInsurer);

  server.post('/claims/:claimId/attachments', staff, files.upload);
  server.post('/claims/:claimId/attachments/from-url', staff, files.importFromUrl);
  server.get('/claims/:claimId/attachments/:attachmentId', staff, files.download);
  server.get('/claims/:claimId/files', staff, files.legacyDownload);

  server.get('/claims/:id/label', staff, labels.preview);
  server.post('/claims/:id/label/print', staff, labels.print);
  server.get('/printers', staff, labels.printers);

  server.get('/customers', staff, customerH.lookup);
  server.get('/customers/by-postcode', staff, customerH.byPostcode);

  server.get('/reports/summary', staff, reports.summaryPage);
  server.get('/reports/summary.csv', staff, reports.summaryCsv);
  server.get('/reports/footer', staff, reports.footer);
  server.get('/reports/stats', staff, claimH.stats);

  server.post('/partners/decisions', partners.decision);
  server.post('/partners/v2/decisions', partners.decisionV2);

  server.get('/me/preferences', customer, prefs.get);
  server.patch('/me/preferences', customer, prefs.patch);
  server.put('/me/preferences/channels', customer, prefs.setChannels);

  server.get('/public/status', status.lookup);

  server.get('/docs/*', restify.plugins.serveStatic({
    directory: `${__dirname}/../public`,
    default: 'index.html',
  }));
};
