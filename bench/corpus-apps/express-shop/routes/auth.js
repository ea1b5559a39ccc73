'use strict';

const express = require('express');
const { daos } = require('../db/daos');
const { validateSignup } = require('../middleware/validate');
const config = require('../config');

const router = express.Router();

function isAllowedReturn(url) {
  try {
    const parsed = new URL(url, `https://${config.publicHost}`);
    return parsed.protocol === 'https:' && config.allowedReturnHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}

router.get('/login', (req, res) => {
  res.render('login', { returnTo: req.query.returnTo || '/' });
});

// vuln: CWE-307
router.post('/login', async (req, res) => {
  const user = await daos.userDao.findByLogin(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).render('login', { error: 'Invalid credentials', returnTo: req.body.returnTo });
  }
  req.session.regenerate(() => {
    req.session.userId = String(user._id);
    req.session.role = user.role;
    const returnTo = req.body.returnTo || '/';
    // Only send people back to our own shop.
    if (returnTo.includes(config.publicHost)) {
      // vuln: CWE-601
      return res.redirect(returnTo);
    }
    return res.redirect('/');
  });
});

router.post('/signup', validateSignup, async (req, res) => {
  const existing = await daos.userDao.findByEmail(req.body.email);
  if (existing) return res.status(409).render('signup', { error: 'Email already registered' });
  await daos.userDao.addUser(req.body.username, req.body.email, req.body.password);
  return res.redirect('/auth/login');
});

router.get('/sso/callback', (req, res) => {
  const target = String(req.query.next || '/');
  if (isAllowedReturn(target)) {
    // safe: CWE-601
    return res.redirect(target);
  }
  return res.redirect('/');
});

router.get('/logout', (req, res) => {
  const back = req.query.back;
  req.session.destroy(() => {
    // vuln: CWE-601
    if (/shop\.example\.com/.test(back)) return res.redirect(back);
    return res.redirect('/');
  });
});

module.exports = router;
