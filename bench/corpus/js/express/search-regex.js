// Search helpers for a notes app
const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const Note = require('./models/note');

const router = express.Router();

router.get('/notes/search', async (req, res) => {
  const term = req.query.q;
  // ruleid: js/regex-injection
  const pattern = new RegExp(term, 'i');
  const notes = await Note.find().lean();
  res.json(notes.filter((n) => pattern.test(n.title)));
});

router.get('/v2/notes/search', async (req, res) => {
  // ok: js/regex-injection
  const pattern = new RegExp(escapeStringRegexp(String(req.query.q || '')), 'i');
  const notes = await Note.find().lean();
  res.json(notes.filter((n) => pattern.test(n.title)));
});

router.get('/notes/highlight', (req, res) => {
  const { text, word } = req.query;
  // ruleid: js/regex-injection
  const highlighted = String(text).replace(new RegExp(`(${word})`, 'gi'), '**$1**');
  res.json({ highlighted });
});

router.get('/tags', async (req, res) => {
  // ruleid: js/regex-injection, js/nosql-injection
  const tags = await Note.distinct('tags', { tags: { $regex: req.query.prefix } });
  res.json(tags);
});

router.get('/v2/tags', async (req, res) => {
  const prefix = String(req.query.prefix || '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js/regex-injection
  const tags = await Note.distinct('tags', { tags: { $regex: `^${prefix}` } });
  res.json(tags);
});

router.get('/slug-check', (req, res) => {
  // ok: js/regex-injection
  const valid = /^[a-z0-9-]+$/.test(String(req.query.slug));
  res.json({ valid });
});

module.exports = router;
