const csrf = require('csurf');
const { Router } = require('express');
const settings = require('../controllers/settings');

const router = Router();
const csrfProtection = csrf();

// Every form route carries the token check, one by one…
router.get('/settings', csrfProtection, settings.form);
// ok: js/csrf
router.post('/settings/profile', csrfProtection, settings.update);
// ok: js/csrf
router.post('/settings/password', csrfProtection, settings.changePassword);
// …but this one was left out.
// ruleid: js/csrf
router.post('/settings/email', settings.changeEmail);

// Another router (webhooks) has no per-route token checks at all: not this rule's business.
const hooks = Router();
// ok: js/csrf
hooks.post('/hooks/billing', settings.billingHook);

module.exports = router;
module.exports.hooks = hooks;
