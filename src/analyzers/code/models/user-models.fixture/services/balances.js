const acmeLedger = require('@acme/ledger');

// The ledger is given to the constructor (by routes/ledger.js); the audit ledger is a class field.
class Balances {
  constructor(ledger) {
    this.ledger = ledger;
    this.audit = new acmeLedger.Ledger(process.env.AUDIT_URL);
  }

  total(account) {
    // ruleid: js/sql-injection
    return this.ledger.runStatement(`SELECT sum(amount) FROM entries WHERE account = '${account}'`);
  }

  history(account) {
    // ruleid: js/sql-injection
    return this.audit.runStatement('SELECT * FROM audit WHERE account = \'' + account + '\'');
  }

  safeTotal(account) {
    // ok: js/sql-injection
    return this.ledger.runStatement('SELECT sum(amount) FROM entries WHERE account = $1', [account]);
  }
}

module.exports = Balances;
