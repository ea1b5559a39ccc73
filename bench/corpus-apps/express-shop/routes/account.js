'use strict';

const express = require('express');
const { daos } = require('../db/daos');

const router = express.Router();

router.get('/profile', async (req, res) => {
  const user = await daos.userDao.findByEmail(req.session.email);
  res.render('profile', {
    user,
    welcome: req.query.welcome,
    tab: req.query.tab || 'details',
  });
});

router.post('/profile', async (req, res) => {
  await daos.userDao.updateProfile(req.session.userId, req.body);
  res.redirect('/account/profile?welcome=Saved');
});

// Help pages pass the query through so the page can pre-fill the contact form.
router.get('/help/:topic', (req, res) => {
  const topic = ['shipping', 'returns', 'payment'].includes(req.params.topic) ? req.params.topic : 'index';
  // vuln: CWE-1336, CWE-94
  res.render(`help/${topic}`, { ...req.query });
});

router.get('/contact', (req, res) => {
  // safe: CWE-1336
  res.render('contact', { subject: String(req.query.subject || ''), orderId: String(req.query.order || '') });
});

module.exports = router;
