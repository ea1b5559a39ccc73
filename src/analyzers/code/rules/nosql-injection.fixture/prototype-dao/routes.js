'use strict';

const express = require('express');
const { AccountsDAO } = require('./accounts');
const NotesDAO = require('./notes');

module.exports = function sessionRoutes(db) {
  const router = express.Router();
  const accounts = new AccountsDAO(db);
  const notes = new NotesDAO(db);

  router.post('/login', (req, res, next) => {
    const { email, password } = req.body;
    accounts.login(email, password, (err, user) => (err ? next(err) : res.json({ ok: !!user })));
  });
  router.post('/login/checked', (req, res, next) => {
    accounts.loginChecked(req.body.email, req.body.password, (err, user) => (err ? next(err) : res.json({ ok: !!user })));
  });
  router.get('/accounts/:id', (req, res, next) => {
    accounts.byId(req.params.id, (err, user) => (err ? next(err) : res.json(user)));
  });
  router.get('/notes', (req, res, next) => {
    notes.search(req.session.userId, req.query.text, (err, rows) => (err ? next(err) : res.json(rows)));
  });
  router.get('/notes/cached', (req, res) => res.json(notes.remembered(req.query.key) || null));
  return router;
};
