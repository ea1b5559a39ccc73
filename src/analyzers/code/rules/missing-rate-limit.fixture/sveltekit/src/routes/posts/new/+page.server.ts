// Not a login: creating a post.
import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

// ok: js/missing-rate-limit
export const actions: Actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    redirect(303, `/posts?title=${encodeURIComponent(String(data.get('title')))}`);
  },
};
