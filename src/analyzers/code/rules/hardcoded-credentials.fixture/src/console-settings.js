// Settings of a maintenance console: the operator account signs in with these.
const settings = {
  port: Number(process.env.CONSOLE_PORT || 8088),
  operator: {
    login: 'operator',
    // ruleid: js/hardcoded-credentials
    passphrase: process.env.CONSOLE_OPERATOR_PASSPHRASE || 'Tr1ton-ops-2024',
  },
  viewer: {
    login: 'viewer',
    // ok: js/hardcoded-credentials
    password: process.env.CONSOLE_VIEWER_PASSWORD || '',
  },
  auditor: {
    login: 'auditor',
    // ok: js/hardcoded-credentials
    password: process.env.CONSOLE_AUDITOR_PASSWORD,
  },
  // A length rule, not an account.
  rules: {
    // ok: js/hardcoded-credentials
    minPassword: process.env.CONSOLE_MIN_PASSWORD || '12',
  },
};

// A form's initial values: nobody's credential.
// ok: js/hardcoded-credentials
const blankForm = { login: '', password: process.env.PREFILL_PASSWORD || '<password>' };

module.exports = { settings, blankForm };
