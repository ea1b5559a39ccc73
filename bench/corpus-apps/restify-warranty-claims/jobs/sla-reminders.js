'use strict';

const ClaimsDao = require('../dao/claims-dao');
const mailer = require('../lib/mailer');
const log = require('../lib/logger');
const pool = require('../lib/db');

async function run(hours = process.env.SLA_WINDOW_HOURS || 24) {
  const claims = new ClaimsDao();
  const due = await claims.dueWithin(hours);
  for (const claim of due) {
    try {
      await mailer.sendSlaReminder(claim.support_email, claim);
    } catch (err) {
      log.warn({ claimId: claim.id, err: err.message }, 'reminder failed');
    }
  }
  log.info({ count: due.length }, 'sla reminders sent');
}

if (require.main === module) {
  run().catch((err) => { log.error(err); process.exitCode = 1; }).finally(() => pool.end());
}

module.exports = { run };
