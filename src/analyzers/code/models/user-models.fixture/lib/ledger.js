// A module singleton: one connection shared by every importer.
const { Ledger } = require('@acme/ledger');

module.exports = new Ledger(process.env.LEDGER_URL);
