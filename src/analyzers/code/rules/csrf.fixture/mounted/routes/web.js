const csrf = require('csurf');
const { Router } = require('express');
const settings = require('../controllers/settings');

const router = Router();
const csrfProtection = csrf();

router.post('/settings/profile', csrfProtection, settings.update);
router.post('/settings/password', csrfProtection, settings.changePassword);
// ok: js/csrf
router.post('/settings/email', settings.changeEmail);

module.exports = router;
