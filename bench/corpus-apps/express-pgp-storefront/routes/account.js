'use strict';

const crypto = require('crypto');
const express = require('express');
const userDao = require('../dao/userDao');
const orderDao = require('../dao/orderDao');
const avatar = require('../services/avatar');
const config = require('../config');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

function sameSiteTarget(target) {
  try {
    const base = new URL(config.baseUrl);
    const resolved = new URL(String(target || '/'), base);
    return resolved.origin === base.origin ? resolved.pathname + resolved.search : '/';
  } catch (e) {
    return '/';
  }
}

router.get('/login', (req, res) => {
  res.render('account/login.njk', { next: req.query.next || '/' });
});

// vuln: CWE-307
router.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await userDao.findByEmail(String(email || ''));
    if (!user || !(await userDao.verifyPassword(user, String(password || '')))) {
      return res.status(401).render('account/login.njk', { error: 'Wrong e-mail or password', next: req.body.next });
    }
    return req.session.regenerate((err) => {
      if (err) {
        return next(err);
      }
      req.session.userId = user.id;
      // vuln: CWE-601
      return res.redirect(req.body.next || '/');
    });
  } catch (err) {
    return next(err);
  }
});

router.post('/logout', (req, res) => {
  const target = sameSiteTarget(req.body.returnTo);
  req.session.destroy(() => {
    // safe: CWE-601
    res.redirect(target);
  });
});

router.post('/register', async (req, res, next) => {
  try {
    const { email, displayName, password } = req.body;
    if (!email || !password || String(password).length < 10) {
      return res.status(400).render('account/login.njk', { error: 'Password must have at least 10 characters' });
    }
    const { id } = await userDao.create({ email, displayName, password });
    req.session.userId = id;
    return res.redirect('/account');
  } catch (err) {
    return next(err);
  }
});

router.post('/password-reset', async (req, res, next) => {
  try {
    const user = await userDao.findByEmail(String(req.body.email || ''));
    if (user) {
      // safe: CWE-338
      const token = crypto.randomBytes(32).toString('base64url');
      await userDao.saveResetToken(user.id, token, new Date(Date.now() + 3600 * 1000));
    }
    res.render('account/login.njk', { info: 'If the address is known, a reset link is on its way.' });
  } catch (err) {
    next(err);
  }
});

router.get('/', requireUser, async (req, res, next) => {
  try {
    const orders = await orderDao.listForUser(req.user.id);
    res.render('account/overview.njk', { orders, gravatar: avatar.gravatarUrl(req.user.email) });
  } catch (err) {
    next(err);
  }
});

router.post('/password', requireUser, async (req, res, next) => {
  try {
    const ok = await userDao.verifyPassword(await userDao.findByEmail(req.user.email), String(req.body.current || ''));
    if (!ok) {
      return res.status(400).render('account/overview.njk', { error: 'Current password is wrong' });
    }
    await userDao.changePassword(req.user.id, String(req.body.password));
    return res.redirect('/account');
  } catch (err) {
    return next(err);
  }
});

router.post('/avatar-url', requireUser, async (req, res, next) => {
  try {
    const url = String(req.body.imageUrl || '');
    if (!/^https?:\/\//i.test(url)) {
      return res.status(400).json({ error: 'http(s) URL expected' });
    }
    const publicPath = await avatar.importFromUrl(req.user.id, url);
    return res.json({ avatar: publicPath });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
