// Not a login: creating a note.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';

// ok: js/missing-rate-limit
export const action = async ({ request }: ActionFunctionArgs) => {
  const form = await request.formData();
  return redirect(`/notes?title=${encodeURIComponent(String(form.get('title')))}`);
};
