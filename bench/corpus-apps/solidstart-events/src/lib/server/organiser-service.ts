import * as organiserRepo from './repositories/organiser-repository';
import { deepMerge, mergeNotificationPrefs } from './merge';
import { renderOrganiserTemplate, type OrderMailData } from './email-service';
import { sendTestEvent } from './webhook-service';
import { isAllowedWebhookUrl } from './validators';

const SAMPLE_ORDER: OrderMailData = {
  buyerName: 'Sam Example',
  eventTitle: 'Sample Night',
  reference: 'TX-000000',
  tickets: [{ holderName: 'Sam Example', code: 'SAMPLE01' }],
};

export async function updateSettings(organiserId: number, patch: Record<string, unknown>) {
  const organiser = await organiserRepo.findById(organiserId);
  if (!organiser) throw new Error('Organiser not found');
  const merged = deepMerge(structuredClone(organiser.settings ?? {}), patch);
  await organiserRepo.saveSettings(organiserId, merged);
  return merged;
}

export async function updateNotifications(organiserId: number, patch: unknown) {
  const organiser = await organiserRepo.findById(organiserId);
  if (!organiser) throw new Error('Organiser not found');
  const settings = { ...(organiser.settings ?? {}) };
  settings.notifications = mergeNotificationPrefs((settings.notifications as Record<string, unknown>) ?? {}, patch);
  await organiserRepo.saveSettings(organiserId, settings);
  return settings;
}

export async function previewEmailTemplate(source: string) {
  return renderOrganiserTemplate(source, SAMPLE_ORDER);
}

export async function saveEmailTemplate(organiserId: number, source: string) {
  await organiserRepo.saveEmailTemplate(organiserId, source.slice(0, 20_000));
}

export async function testWebhook(organiserName: string, url: string) {
  return sendTestEvent(url, organiserName);
}

export async function saveWebhook(organiserId: number, url: string) {
  if (url && !isAllowedWebhookUrl(url)) throw new Error('Webhook must be a Slack, Zapier, Discord or Make URL');
  await organiserRepo.saveWebhookUrl(organiserId, url || null);
}
