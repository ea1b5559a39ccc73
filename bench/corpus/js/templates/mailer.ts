import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  auth: {
    user: 'notifications@example.com',
    // ruleid: js/hardcoded-credentials
    pass: 'Mailer#2024!',
  },
});

const safeTransport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  // ok: js/hardcoded-credentials
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

// ok: js/unescaped-template-output
const inviteTemplate = Handlebars.compile('<p>{{inviter}} invited you to {{team}}.</p>');

export async function sendInvite(to: string, inviter: string, team: string): Promise<void> {
  await safeTransport.sendMail({ to, subject: 'You are invited', html: inviteTemplate({ inviter, team }) });
}

export async function sendRawNotice(to: string, message: string): Promise<void> {
  // ruleid: js/unescaped-template-output
  const template = Handlebars.compile('<div>{{{message}}}</div>');
  await transport.sendMail({ to, subject: 'Notice', html: template({ message }) });
}
