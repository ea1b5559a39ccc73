import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getSharedNote } from '~/models/share.server';
import { excerpt, markdownToHtml } from '~/lib/markdown.server';
import { safeHref } from '~/utils';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · shared note` : 'Shared note' },
  { name: 'description', content: data?.summary ?? '' },
  { name: 'robots', content: 'noindex' },
];

// Public, read-only view of a shared note: /s/<token>
export const loader = async ({ params }: LoaderFunctionArgs) => {
  const note = params.token ? await getSharedNote(params.token) : null;
  if (!note) {
    throw new Response('This link has expired or never existed', { status: 404 });
  }
  return json({
    title: note.title,
    summary: excerpt(note.body),
    html: markdownToHtml(note.body),
    sourceUrl: safeHref(note.sourceUrl),
    updatedAt: note.updatedAt,
  });
};

export default function SharedNote() {
  const note = useLoaderData<typeof loader>();
  return (
    <main className="shared">
      <h1>{note.title}</h1>
      <p className="meta">Last updated {new Date(note.updatedAt).toLocaleDateString()}</p>
      {/* vuln: CWE-79 */}
      <article className="prose" dangerouslySetInnerHTML={{ __html: note.html }} />
      {note.sourceUrl ? (
        <p className="source">
          {/* safe: CWE-79 */}
          Originally from <a href={note.sourceUrl} rel="noreferrer nofollow">{note.sourceUrl}</a>
        </p>
      ) : null}
    </main>
  );
}
