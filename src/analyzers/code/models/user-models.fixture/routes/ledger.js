const express = require('express');
const { Ledger: TeamLedger } = require('@acme/ledger');
const { Ledger: VendorLedger } = require('@vendor/ledger');
const shared = require('../lib/ledger');
const { runReport } = require('../lib');
const Balances = require('../services/balances');

const router = express.Router();
const balances = new Balances(new TeamLedger(process.env.LEDGER_URL));

router.get('/entries', (req, res) => {
  const ledger = new TeamLedger(process.env.LEDGER_URL);
  const { account } = req.query;
  // ruleid: js/sql-injection
  res.json(ledger.runStatement(`SELECT * FROM entries WHERE account = '${account}'`));
});

router.get('/shared', (req, res) => {
  // ruleid: js/sql-injection
  res.json(shared.runStatement(`SELECT * FROM entries WHERE memo LIKE '%${req.query.memo}%'`));
});

router.get('/vendor', (req, res) => {
  // A same-named method of another package: not the team's model.
  // ok: js/sql-injection
  res.json(new VendorLedger().runStatement(`SELECT * FROM entries WHERE account = '${req.query.account}'`));
});

router.get('/total', (req, res) => res.json(balances.total(req.query.account)));
router.get('/history', (req, res) => res.json(balances.history(req.query.account)));
router.get('/safe-total', (req, res) => res.json(balances.safeTotal(req.query.account)));

router.post('/report', (req, res) => {
  // ruleid: js/code-injection
  res.json(runReport(req.body.name, req.body.formula));
});

router.post('/report/named', (req, res) => {
  // ok: js/code-injection
  res.json(runReport(req.body.name, 'sum(amount)'));
});

module.exports = router;
