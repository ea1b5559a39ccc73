import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { clipPage } from '~/lib/clipper.server';
import { createNote } from '~/models/note.server';
import { requireUserId } from '~/session.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const url = String(formData.get('url') ?? '').trim();
  if (!/^https?:\/\//i.test(url)) {
    return json({ error: 'Enter an http(s) URL' }, { status: 400 });
  }

  let clipping;
  try {
    clipping = await clipPage(url);
  } catch {
    return json({ error: 'That page could not be clipped' }, { status: 502 });
  }
  const note = await createNote({ title: clipping.title, body: clipping.text, sourceUrl: clipping.finalUrl, userId });
  return redirect(`/notes/${note.id}`);
};

export default function ClipPage() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <Form method="post">
      <label>
        Page URL <input name="url" type="url" placeholder="https://…" required />
      </label>
      {actionData?.error ? <p className="error">{actionData.error}</p> : null}
      <button type="submit" disabled={navigation.state !== 'idle'}>
        Clip
      </button>
    </Form>
  );
}
