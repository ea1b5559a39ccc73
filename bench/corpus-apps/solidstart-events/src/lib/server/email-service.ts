import Handlebars from 'handlebars';
import template from 'lodash/template';
import nodemailer from 'nodemailer';
import { env } from '~/lib/env';

const CONFIRMATION_SOURCE = `
<p>Hi {{buyerName}},</p>
<p>Thanks for your order <strong>{{reference}}</strong> for {{eventTitle}}.</p>
<ul>{{#each tickets}}<li>{{holderName}} — {{code}}</li>{{/each}}</ul>
<p>Show the QR code on your ticket at the door.</p>`;
// safe: CWE-1336
const confirmationTemplate = Handlebars.compile(CONFIRMATION_SOURCE);

export type OrderMailData = {
  buyerName: string;
  eventTitle: string;
  reference: string;
  tickets: { holderName: string; code: string }[];
};

function transport() {
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: 587,
    auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD },
  });
}

export function renderOrganiserTemplate(source: string, data: OrderMailData): string {
  // vuln: CWE-1336, CWE-94
  const compiled = template(source);
  return compiled(data);
}

export function renderConfirmation(data: OrderMailData): string {
  return confirmationTemplate(data);
}

export async function sendOrderMail(to: string, data: OrderMailData, organiserTemplate?: string | null) {
  const html = organiserTemplate ? renderOrganiserTemplate(organiserTemplate, data) : renderConfirmation(data);
  await transport().sendMail({ from: 'Tixly <tickets@tixly.events>', to, subject: `Your tickets for ${data.eventTitle}`, html });
}
