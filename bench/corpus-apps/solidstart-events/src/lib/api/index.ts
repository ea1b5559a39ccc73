import { action, query, reload } from '@solidjs/router';
import { getCurrentUser, loginAttendeeFn, loginOrganiserFn, logoutFn, registerAttendeeFn } from './auth.server';
import {
  addDiscountRuleFn,
  getMyEvent,
  getMyEvents,
  previewTemplateFn,
  saveDescriptionFn,
  saveTemplateFn,
  saveWebhookFn,
  testWebhookFn,
  uploadArtworkFn,
  uploadBannerFn,
} from './organiser.server';

export const currentUser = query(getCurrentUser, 'current-user');
export const login = action(loginAttendeeFn, 'login');
export const register = action(registerAttendeeFn, 'register');
export const organiserLogin = action(loginOrganiserFn, 'organiser-login');
export const logout = action(logoutFn, 'logout');

export const myEvents = query(getMyEvents, 'my-events');
export const myEvent = query(getMyEvent, 'my-event');

export const saveDescription = action(async (formData: FormData) => {
  await saveDescriptionFn(formData);
  return reload({ revalidate: myEvent.keyFor(Number(formData.get('eventId'))) });
}, 'save-description');

export const uploadArtwork = action(uploadArtworkFn, 'upload-artwork');
export const uploadBanner = action(uploadBannerFn, 'upload-banner');
export const addDiscountRule = action(addDiscountRuleFn, 'add-discount-rule');
export const previewTemplate = action(previewTemplateFn, 'preview-template');
export const saveTemplate = action(saveTemplateFn, 'save-template');
export const saveWebhookUrl = action(saveWebhookFn, 'save-webhook');
export const sendTestWebhook = action(testWebhookFn, 'test-webhook');
