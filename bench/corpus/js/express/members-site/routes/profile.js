const express = require('express');
const db = require('../db');

const router = express.Router();

// Accepts "Firstname Lastname" style names
const NAME_PATTERN = /^([a-zA-Z]+\s?)+$/;

router.post('/name', async (req, res) => {
  const { displayName } = req.body;
  // ruleid: js/redos
  if (!NAME_PATTERN.test(displayName)) {
    return res.status(400).render('profile', { error: 'Please enter a valid name' });
  }
  await db.users.update(req.session.user.id, { displayName });
  res.redirect('/profile');
});

router.post('/website', async (req, res) => {
  const website = String(req.body.website || '');
  // ruleid: js/redos
  const match = website.match(/^(https?:\/\/)?([\w-]+\.?)+[a-z]{2,}(\/\S*)?$/);
  if (!match) return res.status(400).render('profile', { error: 'Invalid website' });
  await db.users.update(req.session.user.id, { website });
  res.redirect('/profile');
});

router.post('/bio', async (req, res) => {
  // ok: js/redos
  const bio = String(req.body.bio || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  await db.users.update(req.session.user.id, { bio });
  res.redirect('/profile');
});

module.exports = router;
