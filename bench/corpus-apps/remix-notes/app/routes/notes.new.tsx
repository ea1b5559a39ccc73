import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { createNote } from '~/models/note.server';
import { requireUserId } from '~/session.server';
import { parseTagList } from '~/lib/tags';
import { safeHref } from '~/utils';

// The browser extension opens /notes/new?from=<page url>&title=<page title>
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await requireUserId(request);
  const params = new URL(request.url).searchParams;
  return json({ from: params.get('from'), title: params.get('title') ?? '' });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const title = String(formData.get('title') ?? '').trim();
  const body = String(formData.get('body') ?? '');
  const sourceUrl = safeHref(String(formData.get('sourceUrl') ?? '')) ?? null;
  const tags = parseTagList(String(formData.get('tags') ?? ''));

  if (title.length === 0) {
    return json({ errors: { title: 'Title is required', body: null } }, { status: 400 });
  }
  if (body.length === 0) {
    return json({ errors: { title: null, body: 'Body is required' } }, { status: 400 });
  }

  const note = await createNote({ title, body, sourceUrl, tags, userId });
  return redirect(`/notes/${note.id}`);
};

export default function NewNotePage() {
  const { from, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();

  return (
    <Form method="post" className="note-form">
      {from ? (
        <p className="clip-source">
          Clipping from{' '}
          {/* vuln: CWE-79 */}
          <a href={from} target="_blank" rel="noreferrer">{from}</a>
        </p>
      ) : null}
      <input type="hidden" name="sourceUrl" value={from ?? ''} />
      <label>
        Title <input name="title" defaultValue={title} />
      </label>
      {actionData?.errors?.title ? <p className="error">{actionData.errors.title}</p> : null}
      <label>
        Body <textarea name="body" rows={12} />
      </label>
      {actionData?.errors?.body ? <p className="error">{actionData.errors.body}</p> : null}
      <label>
        Tags <input name="tags" placeholder="comma, separated" />
      </label>
      <button type="submit">Save</button>
    </Form>
  );
}
