import { assetDao } from '../dao/asset.dao';
import { partnerDao } from '../dao/partner.dao';
import { invalid, notFound } from '../grpc/errors';
import { deepMerge, mergeUntrusted } from '../util/merge';
import { newWebhookSecret } from '../util/tokens';
import { filterService, type FilterSubject, type Rule } from './filter.service';
import { assertPublicUrl } from './webhook.service';

export type DeliveryRule = { field: string; op: string; value: string };

const EVENTS = new Set(['asset.ready', 'transcode.completed', 'transcode.failed', 'delivery.sent']);

export class PartnerService {
  async setFilter(partnerId: string, expression: string): Promise<void> {
    if (expression.length > 1000) throw invalid('filter expression too long');
    await partnerDao.saveFilter(partnerId, expression);
  }

  async sampleAsset(partnerId: string, assetId: string): Promise<FilterSubject> {
    const row = await assetDao.findById(partnerId, assetId);
    if (!row) throw notFound('asset');
    return { id: row.id, title: row.title, status: row.status, durationMs: Number(row.duration_ms) };
  }

  async setRules(partnerId: string, rules: DeliveryRule[]): Promise<void> {
    if (rules.length > 20 || !rules.every((r) => filterService.isValidRule(r))) throw invalid('invalid delivery rules');
    await partnerDao.saveRules(partnerId, rules as Rule[]);
  }

  /** gRPC UpdateSettings: a JSON document merged over the stored settings. */
  async updateSettings(partnerId: string, settingsJson: string): Promise<void> {
    const partner = await partnerDao.findById(partnerId);
    if (!partner) throw notFound('partner');
    let patch: Record<string, unknown>;
    try {
      patch = JSON.parse(settingsJson);
    } catch {
      throw invalid('settings_json is not valid JSON');
    }
    const merged = mergeUntrusted(structuredClone(partner.settings ?? {}), patch);
    await partnerDao.saveSettings(partnerId, merged);
  }

  /** Settings pushed by the partner's own systems over the partner Kafka topic. */
  async applyRemoteSettings(partnerId: string, settings: Record<string, unknown>): Promise<void> {
    const partner = await partnerDao.findById(partnerId);
    if (!partner) return;
    const merged = deepMerge(partner.settings ?? {}, settings);
    await partnerDao.saveSettings(partnerId, merged);
  }

  async registerWebhook(partnerId: string, url: string, events: string[]): Promise<void> {
    const checked = await assertPublicUrl(url);
    const wanted = events.filter((e) => EVENTS.has(e));
    if (wanted.length === 0) throw invalid('no known events');
    await partnerDao.addWebhook({ partner_id: partnerId, url: checked.toString(), secret: newWebhookSecret(), events: wanted });
  }
}

export const partnerService = new PartnerService();
