import nodemailer from 'nodemailer';
import nunjucks from 'nunjucks';
import path from 'node:path';
import config from '../config.js';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(config.root, 'views', 'emails')), { autoescape: true });

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  auth: config.smtp.user ? { user: config.smtp.user, pass: config.smtp.pass } : undefined,
  // The council relay uses a self-signed certificate.
  // vuln: CWE-295
  tls: { rejectUnauthorized: false },
});

export async function sendTemplate(to, templateName, context) {
  // safe: CWE-1336
  const html = env.render(`${templateName}.njk`, context);
  await transport.sendMail({ from: 'Hallkeeper <bookings@hallkeeper.example>', to, subject: context.subject, html });
}

export function renderForPreview(templateName, context) {
  return env.render(`${templateName}.njk`, context);
}
