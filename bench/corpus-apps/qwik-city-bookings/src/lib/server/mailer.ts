import nodemailer from 'nodemailer';
import { escapeHtml } from './html';

const transport = nodemailer.createTransport(process.env['SMTP_URL'] ?? 'smtp://localhost:1025');

export interface ConfirmationMail {
  to: string;
  customerName: string;
  clinicName: string;
  serviceName: string;
  startsAt: string;
  notes: string;
  cancelUrl: string;
}

export async function sendConfirmation(mail: ConfirmationMail): Promise<void> {
  const when = new Date(mail.startsAt).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
  // safe: CWE-79
  const html = `
    <p>Hi ${escapeHtml(mail.customerName)},</p>
    <p>Your <strong>${escapeHtml(mail.serviceName)}</strong> at ${escapeHtml(mail.clinicName)} is booked for ${escapeHtml(when)}.</p>
    ${mail.notes ? `<blockquote>${escapeHtml(mail.notes)}</blockquote>` : ''}
    <p><a href="${escapeHtml(mail.cancelUrl)}">Cancel this booking</a></p>`;
  await transport.sendMail({
    from: '"Slotly" <bookings@slotly.app>',
    to: mail.to,
    subject: `Booking confirmed: ${mail.serviceName.replace(/[\r\n]/g, ' ')}`,
    text: `Your ${mail.serviceName} at ${mail.clinicName} is booked for ${when}.\nCancel: ${mail.cancelUrl}`,
    html,
  });
}

export async function sendPasswordReset(to: string, link: string): Promise<void> {
  await transport.sendMail({
    from: '"Slotly" <accounts@slotly.app>',
    to,
    subject: 'Reset your Slotly password',
    text: `Reset your password: ${link}\nThe link expires in 30 minutes.`,
    html: `<p><a href="${escapeHtml(link)}">Reset your password</a> (expires in 30 minutes)</p>`,
  });
}
