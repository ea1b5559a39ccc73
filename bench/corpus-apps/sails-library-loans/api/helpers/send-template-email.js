const path = require('path');
const ejs = require('ejs');
const nodemailer = require('nodemailer');

let transport;

module.exports = {
  friendlyName: 'Send template email',

  inputs: {
    to: { type: 'string', required: true, isEmail: true },
    subject: { type: 'string', required: true },
    template: { type: 'string', required: true, isIn: ['email-reset-password', 'overdue-notice'] },
    templateData: { type: 'ref', defaultsTo: {} },
  },

  fn: async function ({ to, subject, template, templateData }) {
    if (!transport) {
      transport = nodemailer.createTransport({
        host: process.env.SMTP_HOST,
        port: 587,
        auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
      });
    }
    const file = path.join(sails.config.appPath, 'views', 'emails', `${template}.ejs`);
    // safe: CWE-22
    const html = await ejs.renderFile(file, { ...templateData, baseUrl: sails.config.custom.baseUrl });
    await transport.sendMail({ from: 'Shelfwise <no-reply@shelfwise.example>', to, subject, html });
  },
};
