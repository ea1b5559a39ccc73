import { redirect } from '@sveltejs/kit';

export const actions = {
  default: async ({ request, url }) => {
    const data = await request.formData();
    void data.get('password');
    const next = url.searchParams.get('next') ?? '/';
    // ruleid: js/open-redirect
    redirect(303, next);
  },
};

export async function load({ locals }) {
  // ok: js/open-redirect
  if (locals.user) redirect(302, '/dashboard');
  return {};
}
