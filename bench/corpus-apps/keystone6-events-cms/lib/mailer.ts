import { readFileSync } from "fs";
import { join } from "path";
import nodemailer from "nodemailer";
import Handlebars from "handlebars";
import template from "lodash/template";

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  secure: false,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }
});

const defaultConfirmation = Handlebars.compile(readFileSync(join(__dirname, "..", "templates", "confirmation.hbs"), "utf8"));
const reminderTpl = Handlebars.compile(readFileSync(join(__dirname, "..", "templates", "reminder.hbs"), "utf8"));

type EventForMail = { id: string; title: string; startsAt: string | Date; confirmationTemplate?: string | null; venue?: { name: string } | null };
type TicketForMail = { code: string; holderName: string; holderEmail: string };

export function renderConfirmation(event: EventForMail, ticket: TicketForMail): string {
  const data = { event, ticket, when: new Date(event.startsAt).toUTCString() };
  if (event.confirmationTemplate) {
    // Organizers write their own e-mail with <%= ticket.holderName %> style placeholders.
    // vuln: CWE-1336, CWE-94
    const compiled = template(event.confirmationTemplate);
    return compiled(data);
  }
  // safe: CWE-1336
  return defaultConfirmation(data);
}

export async function sendConfirmation(event: EventForMail, ticket: TicketForMail): Promise<void> {
  await transport.sendMail({
    from: process.env.MAIL_FROM || "tickets@harbourside.example",
    to: ticket.holderEmail,
    subject: `Your ticket for ${event.title}`,
    html: renderConfirmation(event, ticket)
  });
}

export async function sendReminder(to: string, data: { name: string; title: string; when: string; venue: string }): Promise<void> {
  await transport.sendMail({
    from: process.env.MAIL_FROM || "tickets@harbourside.example",
    to,
    subject: `Reminder: ${data.title} is tomorrow`,
    html: reminderTpl(data)
  });
}
