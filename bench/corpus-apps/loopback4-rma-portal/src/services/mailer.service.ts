import {BindingScope, injectable} from '@loopback/core';
import Handlebars from 'handlebars';
import {readFileSync} from 'fs';
import path from 'path';
import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  secure: false,
  auth: {user: process.env.SMTP_USER, pass: process.env.SMTP_PASS},
  // The relay in the DC has a self-signed certificate.
  // vuln: CWE-295
  tls: {rejectUnauthorized: false},
});

const statusTemplate = Handlebars.compile(
  readFileSync(path.join(__dirname, '../../templates/rma-status.hbs'), 'utf8'),
);

@injectable({scope: BindingScope.SINGLETON})
export class MailerService {
  async sendStatus(to: string, data: {name: string; serial: string; status: string}) {
    // safe: CWE-79
    const html = statusTemplate(data);
    await transport.sendMail({from: 'returns@northwind.example', to, subject: `RMA ${data.serial}`, html});
  }

  // Agents edit the dealer notification wording in the admin screen and preview it.
  renderCustom(source: string, data: Record<string, unknown>): string {
    // vuln: CWE-1336
    const tpl = Handlebars.compile(source);
    return tpl(data);
  }
}
