import { partnerFromSettingsCall } from '../auth';
import { toServiceError } from '../errors';
import { observedUnary } from '../observe';
import { partnerService, type DeliveryRule } from '../../services/partner.service';
import { filterService } from '../../services/filter.service';
import { auditJson } from '../../logger';

interface Ack { ok: boolean }

export const partnerHandlers = {
  setDeliveryFilter: observedUnary<{ expression: string }, Ack>('SetDeliveryFilter', async (call, callback) => {
    try {
      const partner = partnerFromSettingsCall(call.metadata);
      await partnerService.setFilter(partner.partnerId, call.request.expression);
      auditJson(partner.sub, 'filter.set', { partnerId: partner.partnerId, expression: call.request.expression });
      callback(null, { ok: true });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  previewFilter: observedUnary<{ expression: string; sample_asset_id: string }, { matched: boolean }>(
    'PreviewFilter',
    async (call, callback) => {
      try {
        const partner = partnerFromSettingsCall(call.metadata);
        const sample = await partnerService.sampleAsset(partner.partnerId, call.request.sample_asset_id);
        callback(null, { matched: filterService.evaluate(call.request.expression, sample) });
      } catch (err) {
        callback(toServiceError(err));
      }
    },
  ),

  setDeliveryRules: observedUnary<{ rules: DeliveryRule[] }, Ack>('SetDeliveryRules', async (call, callback) => {
    try {
      const partner = partnerFromSettingsCall(call.metadata);
      await partnerService.setRules(partner.partnerId, call.request.rules);
      callback(null, { ok: true });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  updateSettings: observedUnary<{ settings_json: string }, Ack>('UpdateSettings', async (call, callback) => {
    try {
      const partner = partnerFromSettingsCall(call.metadata);
      await partnerService.updateSettings(partner.partnerId, call.request.settings_json);
      auditJson(partner.sub, 'settings.update', { partnerId: partner.partnerId });
      callback(null, { ok: true });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),

  registerWebhook: observedUnary<{ url: string; events: string[] }, Ack>('RegisterWebhook', async (call, callback) => {
    try {
      const partner = partnerFromSettingsCall(call.metadata);
      await partnerService.registerWebhook(partner.partnerId, call.request.url, call.request.events);
      callback(null, { ok: true });
    } catch (err) {
      callback(toServiceError(err));
    }
  }),
};
