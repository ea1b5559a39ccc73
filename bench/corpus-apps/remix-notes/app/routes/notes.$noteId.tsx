import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from '@remix-run/react';
import invariant from 'tiny-invariant';
import { deleteNote, getNote } from '~/models/note.server';
import { revokeShares, shareNote } from '~/models/share.server';
import { renderNoteHtml } from '~/lib/markdown.server';
import { requireUserId } from '~/session.server';
import { safeHref } from '~/utils';

export const loader = async ({ params, request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  invariant(params.noteId, 'noteId not found');

  const note = await getNote({ id: params.noteId, userId });
  if (!note) {
    throw new Response('Not Found', { status: 404 });
  }
  return json({
    note: {
      id: note.id,
      title: note.title,
      html: renderNoteHtml(note.body),
      sourceUrl: safeHref(note.sourceUrl),
      tags: note.tags.map((t) => t.tag.name),
      updatedAt: note.updatedAt,
    },
  });
};

export const action = async ({ params, request }: ActionFunctionArgs) => {
  const userId = await requireUserId(request);
  invariant(params.noteId, 'noteId not found');
  const intent = (await request.formData()).get('intent');

  switch (intent) {
    case 'delete':
      await deleteNote({ id: params.noteId, userId });
      return redirect('/notes');
    case 'share': {
      const share = await shareNote(params.noteId, userId);
      if (!share) throw new Response('Not Found', { status: 404 });
      return json({ shareUrl: new URL(`/s/${share.token}`, request.url).toString() });
    }
    case 'unshare':
      await revokeShares(params.noteId, userId);
      return json({ shareUrl: null });
    default:
      throw new Response(`Unknown intent`, { status: 400 });
  }
};

export default function NoteDetailsPage() {
  const { note } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();

  return (
    <div className="note">
      <h2>{note.title}</h2>
      {note.sourceUrl ? (
        <p className="source">
          {/* safe: CWE-79 */}
          Source: <a href={note.sourceUrl} rel="noreferrer">{note.sourceUrl}</a>
        </p>
      ) : null}
      {/* safe: CWE-79 */}
      <article className="prose" dangerouslySetInnerHTML={{ __html: note.html }} />
      <ul className="tags">
        {note.tags.map((tag) => (
          <li key={tag}>
            <a href={`/notes/search?tag=${encodeURIComponent(tag)}`}>#{tag}</a>
          </li>
        ))}
      </ul>
      {actionData?.shareUrl ? <input readOnly value={actionData.shareUrl} aria-label="Share link" /> : null}
      <Form method="post">
        <button type="submit" name="intent" value="share">Share</button>
        <button type="submit" name="intent" value="unshare">Stop sharing</button>
        <button type="submit" name="intent" value="delete">Delete</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <div>Note not found</div>;
  }
  return <div>Something went wrong loading this note.</div>;
}
