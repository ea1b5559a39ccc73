import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';
import { config } from '../config';
import { childLogger } from '../lib/logger';

const log = childLogger('mail');

type TemplateName = 'receipt' | 'trial-ending' | 'payment-failed';

const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

Handlebars.registerHelper('money', (cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: currency || 'USD' }).format((cents ?? 0) / 100),
);

function template(name: TemplateName): Handlebars.TemplateDelegate {
  let tpl = compiled.get(name);
  if (!tpl) {
    const source = fs.readFileSync(path.join(config.mail.templatesDir, `${name}.hbs`), 'utf8');
    // safe: CWE-1336
    tpl = Handlebars.compile(source, { strict: false });
    compiled.set(name, tpl);
  }
  return tpl;
}

export interface ReceiptData {
  to: string;
  customerName: string;
  accountName: string;
  invoiceNumber: string;
  totalCents: number;
  currency: string;
  customerNote?: string | null;
  footerTemplate?: string | null;
}

export class MailService {
  private readonly transport = nodemailer.createTransport(config.mail.smtpUrl);

  /**
   * Account owners can write their own e-mail footer with {{accountName}}, {{supportEmail}}, …
   * Used both by the settings preview and when sending.
   */
  renderFooter(source: string, vars: Record<string, unknown>): string {
    if (!source.trim()) return '';
    // vuln: CWE-1336
    const footer = Handlebars.compile(source);
    return footer(vars);
  }

  async sendReceipt(data: ReceiptData): Promise<void> {
    const html =
      template('receipt')(data) +
      this.renderFooter(data.footerTemplate ?? '', { accountName: data.accountName, year: new Date().getFullYear() });
    await this.transport.sendMail({
      from: config.mail.from,
      to: data.to,
      subject: `Receipt ${data.invoiceNumber} from ${data.accountName}`,
      html,
    });
    log.info({ invoice: data.invoiceNumber }, 'receipt sent');
  }

  async sendTrialEnding(to: string, vars: { customerName: string; planName: string; daysLeft: number }) {
    await this.transport.sendMail({
      from: config.mail.from,
      to,
      subject: 'Your trial is ending soon',
      html: template('trial-ending')(vars),
    });
  }
}
