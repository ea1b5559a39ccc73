import { config } from '../config/index.js';
import { FROM, transporter } from '../config/mailer.js';
import { escapeHtml } from '../utils/text.js';

export async function sendWelcome(user, verifyToken) {
  const link = `${config.baseUrl}/verify?token=${encodeURIComponent(verifyToken)}`;
  const html = `<p>Hi ${escapeHtml(user.displayName)},</p><p>Confirm your address: <a href="${link}">${link}</a></p>`;
  // safe: CWE-79
  await transporter.sendMail({ from: FROM, to: user.email, subject: 'Welcome to Circlespace', html });
}

export async function sendPasswordReset(user, token) {
  const link = `${config.baseUrl}/reset?token=${encodeURIComponent(token)}`;
  await transporter.sendMail({
    from: FROM,
    to: user.email,
    subject: 'Reset your password',
    text: `Open ${link} within an hour to choose a new password.`,
  });
}

/** "Invite a friend" with a personal note. */
export async function sendInvite(inviter, { email, note }) {
  const html = `<p><strong>${escapeHtml(inviter.displayName)}</strong> invited you to Circlespace:</p>
<blockquote>${note}</blockquote>
<p><a href="${config.baseUrl}/join?ref=${encodeURIComponent(inviter.username)}">Join now</a></p>`;
  // vuln: CWE-79
  await transporter.sendMail({ from: FROM, to: email, replyTo: inviter.email, subject: `${inviter.displayName} invited you`, html });
}
