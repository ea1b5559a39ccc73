import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findUserByName } from '$lib/server/users';
import { renderSignature } from '$lib/server/markdown';

export const load: PageServerLoad = ({ params }) => {
  const user = findUserByName(params.name);
  if (!user) error(404, 'No such user');
  return {
    profile: {
      username: user.username,
      bio: user.bio ?? '',
      website: user.website,
      mastodon: user.mastodon,
      avatar: user.avatar ?? '/avatars/default.png',
      signatureHtml: renderSignature(user.signature)
    }
  };
};
