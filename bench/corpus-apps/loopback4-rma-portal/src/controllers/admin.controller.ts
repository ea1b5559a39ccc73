import {service} from '@loopback/core';
import {repository} from '@loopback/repository';
import {get, param, post, requestBody} from '@loopback/rest';
import {AuditRepository} from '../repositories/audit.repository';
import {CustomerRepository, RegionRow} from '../repositories/customer.repository';
import {MailerService} from '../services/mailer.service';
import {escapeHtml} from '../utils/html';

const REPORT_ORDER: Record<string, string> = {
  customers: 'customers DESC',
  open: 'open_rmas DESC',
  region: 'c.region ASC',
};

export class AdminController {
  constructor(
    @repository(CustomerRepository) private customers: CustomerRepository,
    @repository(AuditRepository) private audit: AuditRepository,
    @service(MailerService) private mailer: MailerService,
  ) {}

  @get('/admin/reports/region')
  async region(
    @param.query.string('region') region: string,
    @param.query.string('orderBy') orderBy = 'customers DESC',
  ): Promise<RegionRow[]> {
    return this.customers.regionReport(region, orderBy);
  }

  @get('/admin/reports/region-v2')
  async regionV2(
    @param.query.string('region') region: string,
    @param.query.string('order') order = 'customers',
  ): Promise<RegionRow[]> {
    return this.customers.regionReport(region, REPORT_ORDER[order] ?? REPORT_ORDER.customers);
  }

  // Body is whatever the audit UI posts: {"actor": "jane@..."}
  @post('/admin/audit/search')
  async auditSearch(@requestBody() body: {actor: unknown; action?: string}) {
    if (body.action) return this.audit.byAction(body.action);
    return this.audit.byActor(body.actor);
  }

  @post('/admin/templates/preview')
  preview(@requestBody() body: {source: string; sample?: Record<string, unknown>}): {html: string} {
    return {html: this.mailer.renderCustom(body.source, body.sample ?? {name: 'Sample Dealer', serial: 'SN-0000'})};
  }

  @get('/admin/templates/escape')
  escape(@param.query.string('text') text: string): {html: string} {
    return {html: escapeHtml(text)};
  }
}
