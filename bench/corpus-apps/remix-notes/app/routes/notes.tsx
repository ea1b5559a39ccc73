import type { LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { getNoteListItems } from '~/models/note.server';
import { requireUserId } from '~/session.server';
import { useOptionalUser } from '~/utils';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const noteListItems = await getNoteListItems({ userId });
  return json({ noteListItems });
};

export default function NotesPage() {
  const data = useLoaderData<typeof loader>();
  const user = useOptionalUser();

  return (
    <div className="notes-layout">
      <header>
        <h1>
          <Link to=".">Notes</Link>
        </h1>
        <Form action="/notes/search" method="get" className="search">
          <input name="q" placeholder="Search" aria-label="Search notes" />
        </Form>
        <span>{user?.email}</span>
        <Form action="/logout" method="post">
          <button type="submit">Logout</button>
        </Form>
      </header>
      <nav>
        <Link to="new">+ New note</Link>
        <Link to="clip">Clip a page</Link>
        <Link to="import">Import</Link>
        <Link to="/tags">Tags</Link>
        <ol>
          {data.noteListItems.map((note) => (
            <li key={note.id}>
              <NavLink to={note.id}>{note.title}</NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <section>
        <Outlet />
      </section>
    </div>
  );
}
