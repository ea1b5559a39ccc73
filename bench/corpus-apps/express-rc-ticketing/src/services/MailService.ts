import fs from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';
import { Service } from 'typedi';
import { config } from '../config';
import { logger } from '../utils/logger';
import { formatDate } from '../utils/html';

type TemplateName = 'ticket-confirmation' | 'password-reset' | 'order-receipt';

Handlebars.registerHelper('date', (iso: string) => formatDate(iso));
Handlebars.registerHelper('money', (cents: number) => (cents / 100).toFixed(2));

@Service()
export class MailService {
  private readonly transport = nodemailer.createTransport(config.mail.smtpUrl);
  private readonly cache = new Map<TemplateName, Handlebars.TemplateDelegate>();

  private template(name: TemplateName): Handlebars.TemplateDelegate {
    let compiled = this.cache.get(name);
    if (!compiled) {
      const source = fs.readFileSync(path.join(config.paths.emailTemplates, `${name}.hbs`), 'utf8');
      // safe: CWE-1336
      compiled = Handlebars.compile(source);
      this.cache.set(name, compiled);
    }
    return compiled;
  }

  async send(to: string, subject: string, name: TemplateName, data: Record<string, unknown>) {
    const html = this.template(name)(data);
    await this.transport.sendMail({ from: config.mail.from, to, subject, html });
    logger.info('mail sent', { template: name, to });
  }

  /**
   * Organizers can write their own confirmation e-mail. The dashboard posts the draft here to
   * render it against a sample order before saving.
   */
  renderOrganizerTemplate(source: string, data: Record<string, unknown>): string {
    // vuln: CWE-1336
    const render = Handlebars.compile(source);
    return render(data);
  }
}
