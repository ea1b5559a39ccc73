const express = require('express');
const { transporter } = require('./mailer');

const app = express();
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The mail client renders the message's html: the sender's note is markup there.
app.post('/invites', async (req, res) => {
  const { email, note, name } = req.body;
  const html = `<p>${escapeHtml(name)} invited you:</p><blockquote>${note}</blockquote>`;
  // ruleid: js/xss
  await transporter.sendMail({ from: 'noreply@example.com', to: email, subject: 'Invitation', html });
  // The recipient address and the text part are not HTML.
  // ok: js/xss
  await transporter.sendMail({ from: 'noreply@example.com', to: email, subject: `From ${name}`, text: note });
  // ok: js/xss
  await transporter.sendMail({ to: email, html: `<p>${escapeHtml(name)} invited you: ${escapeHtml(note)}</p>` });
  res.sendStatus(202);
});
