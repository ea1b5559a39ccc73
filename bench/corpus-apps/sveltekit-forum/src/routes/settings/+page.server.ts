import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findUserById, savePreferences, updateAvatar, updateProfile } from '$lib/server/users';
import { saveAvatar } from '$lib/server/uploads';
import { checkbox, formToObject } from '$lib/utils/form';
import { DEFAULT_PREFERENCES, mergePreferences, type Preferences } from '$lib/utils/prefs';

function parseWebsite(raw: string): string | null | undefined {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/login?redirectTo=/settings');
  const user = findUserById(locals.user.id)!;
  let stored: unknown = {};
  try {
    stored = JSON.parse(user.preferences ?? '{}');
  } catch {
    stored = {};
  }
  return {
    profile: { bio: user.bio ?? '', website: user.website ?? '', mastodon: user.mastodon ?? '' },
    preferences: mergePreferences<Preferences>(DEFAULT_PREFERENCES, stored)
  };
};

export const actions: Actions = {
  profile: async ({ request, locals }) => {
    if (!locals.user) redirect(303, '/login');
    const data = await request.formData();
    const bio = String(data.get('bio') ?? '').slice(0, 500);
    const website = parseWebsite(String(data.get('website') ?? '').trim());
    if (website === undefined) return fail(400, { message: 'Website must be an http(s) URL.' });
    const mastodon = String(data.get('mastodon') ?? '').trim().slice(0, 200) || null;
    updateProfile(locals.user.id, { bio, website, mastodon });
    return { saved: 'profile' };
  },

  preferences: async ({ request, locals }) => {
    if (!locals.user) redirect(303, '/login');
    const fields = formToObject(await request.formData());
    const prefs = (fields.prefs ?? {}) as Record<string, unknown>;
    const notify = (prefs.notify ?? {}) as Record<string, unknown>;
    const next: Preferences = {
      theme: prefs.theme === 'dark' || prefs.theme === 'light' ? prefs.theme : 'system',
      notify: { mentions: checkbox(notify.mentions), replies: checkbox(notify.replies), digest: checkbox(notify.digest) },
      postsPerPage: Math.min(100, Math.max(10, Number(prefs.postsPerPage) || 25))
    };
    savePreferences(locals.user.id, JSON.stringify(next));
    return { saved: 'preferences' };
  },

  avatar: async ({ request, locals }) => {
    if (!locals.user) redirect(303, '/login');
    const file = (await request.formData()).get('avatar');
    if (!(file instanceof File) || file.size === 0) return fail(400, { message: 'Choose an image.' });
    if (file.size > 2 * 1024 * 1024) return fail(413, { message: 'Avatars are limited to 2 MB.' });
    try {
      updateAvatar(locals.user.id, await saveAvatar(locals.user.id, file));
    } catch {
      return fail(400, { message: 'That image could not be processed.' });
    }
    return { saved: 'avatar' };
  }
};
