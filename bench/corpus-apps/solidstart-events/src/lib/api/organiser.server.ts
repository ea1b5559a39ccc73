'use server';

import { redirect } from '@solidjs/router';
import { organiserSession } from '~/lib/server/session';
import { makeSquareThumbnail, makeThumbnail, saveArtwork, saveBanner } from '~/lib/server/artwork-service';
import { addRule } from '~/lib/server/order-service';
import { organiserEvents, updateDescription } from '~/lib/server/event-service';
import * as eventRepo from '~/lib/server/repositories/event-repository';
import { previewEmailTemplate, saveEmailTemplate, saveWebhook, testWebhook } from '~/lib/server/organiser-service';

async function requireOrganiser() {
  const session = await organiserSession();
  if (!session.data.organiserId) throw redirect('/login?as=organiser');
  return { id: session.data.organiserId, name: session.data.name ?? '' };
}

async function ownedEvent(organiserId: number, raw: FormDataEntryValue | null) {
  const event = await eventRepo.findForOrganiser(Number(raw), organiserId);
  if (!event) throw new Error('Event not found');
  return event;
}

export async function getMyEvents(sort: string, dir: string, title?: string) {
  const organiser = await requireOrganiser();
  return organiserEvents(organiser.id, sort, dir, title);
}

export async function getMyEvent(id: number) {
  const organiser = await requireOrganiser();
  return eventRepo.findForOrganiser(id, organiser.id);
}

export async function saveDescriptionFn(formData: FormData) {
  const organiser = await requireOrganiser();
  const event = await ownedEvent(organiser.id, formData.get('eventId'));
  await updateDescription(event.id, organiser.id, String(formData.get('descriptionHtml') ?? '').slice(0, 50_000));
  return { ok: true };
}

export async function uploadArtworkFn(formData: FormData) {
  const organiser = await requireOrganiser();
  const event = await ownedEvent(organiser.id, formData.get('eventId'));
  const file = formData.get('artwork');
  if (!(file instanceof File) || file.size === 0) return new Error('Choose an image');
  const stored = await saveArtwork(organiser.id, event.id, file);
  await makeThumbnail(stored, String(formData.get('thumbSize') ?? '480x270'));
  return { ok: true };
}

export async function uploadBannerFn(formData: FormData) {
  const organiser = await requireOrganiser();
  const event = await ownedEvent(organiser.id, formData.get('eventId'));
  const file = formData.get('banner');
  if (!(file instanceof File) || file.size === 0 || file.size > 5_000_000) return new Error('Choose an image under 5 MB');
  const stored = await saveBanner(organiser.id, event.id, file);
  await makeSquareThumbnail(stored, Number(formData.get('edge')));
  return { ok: true };
}

export async function addDiscountRuleFn(formData: FormData) {
  const organiser = await requireOrganiser();
  const event = await ownedEvent(organiser.id, formData.get('eventId'));
  await addRule(event.id, {
    label: String(formData.get('label') ?? '').slice(0, 60),
    kind: String(formData.get('kind') ?? 'promo'),
    condition: String(formData.get('condition') ?? '') || undefined,
    percentOff: Number(formData.get('percentOff')) || 0,
    minQuantity: Number(formData.get('minQuantity')) || undefined,
  });
  return { ok: true };
}

export async function previewTemplateFn(formData: FormData) {
  await requireOrganiser();
  return previewEmailTemplate(String(formData.get('template') ?? ''));
}

export async function saveTemplateFn(formData: FormData) {
  const organiser = await requireOrganiser();
  await saveEmailTemplate(organiser.id, String(formData.get('template') ?? ''));
  return { ok: true };
}

export async function saveWebhookFn(formData: FormData) {
  const organiser = await requireOrganiser();
  await saveWebhook(organiser.id, String(formData.get('webhookUrl') ?? '').trim());
  return { ok: true };
}

export async function testWebhookFn(formData: FormData) {
  const organiser = await requireOrganiser();
  return testWebhook(organiser.name, String(formData.get('webhookUrl') ?? '').trim());
}
