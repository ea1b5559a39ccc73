const vm = require('vm');

const STANDARD_RULES = {
  perDay: ({ days, rate }) => days * rate,
  capped: ({ days, rate }) => Math.min(days * rate, 1000),
  none: () => 0,
};

module.exports = {
  friendlyName: 'Calculate fine',
  description: 'Preview a fine under the standard rules or a branch-specific rule expression.',

  inputs: {
    loanId: { type: 'number', required: true },
    rule: { type: 'string', defaultsTo: 'perDay' },
    expression: { type: 'string' },
  },

  fn: async function ({ loanId, rule, expression }) {
    const loan = await Loan.findOne({ id: loanId });
    if (!loan) {
      return this.res.notFound();
    }
    const days = Math.max(0, Math.ceil(((loan.returnedAt || Date.now()) - loan.dueAt) / 86400000));
    const rate = sails.config.custom.finePerDayCents;
    if (expression) {
      // vuln: CWE-94
      const cents = vm.runInNewContext(expression, { days, rate, Math });
      return { cents: Number(cents) };
    }
    const fn = Object.prototype.hasOwnProperty.call(STANDARD_RULES, rule) ? STANDARD_RULES[rule] : STANDARD_RULES.perDay;
    // safe: CWE-94
    return { cents: fn({ days, rate }) };
  },
};
