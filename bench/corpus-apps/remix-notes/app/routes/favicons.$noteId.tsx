import type { LoaderFunctionArgs } from '@remix-run/node';
import { getNote } from '~/models/note.server';
import { fetchFavicon } from '~/lib/clipper.server';
import { requireUserId } from '~/session.server';

// Resource route: favicon of a clipped note's source site, shown in the note list.
export const loader = async ({ params, request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const note = params.noteId ? await getNote({ id: params.noteId, userId }) : null;
  if (!note?.sourceUrl) return new Response(null, { status: 404 });
  const icon = await fetchFavicon(note.sourceUrl);
  if (!icon) return new Response(null, { status: 404 });
  return new Response(icon, {
    headers: { 'Content-Type': 'image/x-icon', 'Cache-Control': 'private, max-age=86400' },
  });
};
