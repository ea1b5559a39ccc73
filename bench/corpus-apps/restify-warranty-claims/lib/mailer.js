'use strict';

const nodemailer = require('nodemailer');
const config = require('../config');
const { escapeHtml } = require('./html');

const transport = nodemailer.createTransport(config.smtpUrl || { jsonTransport: true });

async function sendPasswordReset(email, token) {
  const link = `${config.appOrigin}/reset-password?token=${encodeURIComponent(token)}`;
  await transport.sendMail({
    to: email,
    from: 'ClaimDesk <no-reply@claimdesk.example>',
    subject: 'Reset your ClaimDesk password',
    html: `<p>Use <a href="${escapeHtml(link)}">this link</a> within one hour.</p>`,
  });
}

async function sendSlaReminder(to, claim) {
  await transport.sendMail({
    to,
    from: 'ClaimDesk <no-reply@claimdesk.example>',
    subject: `Claim ${claim.claim_number} is close to its SLA`,
    // safe: CWE-79
    html: `<p>Claim <b>${escapeHtml(claim.claim_number)}</b> for ${escapeHtml(claim.customer_name)} is due ${escapeHtml(claim.due_at)}.</p>`,
  });
}

module.exports = { sendPasswordReset, sendSlaReminder };
