import type { MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { useOptionalUser } from '~/utils';

export const meta: MetaFunction = () => [{ title: 'Notes' }];

export default function Index() {
  const user = useOptionalUser();
  return (
    <main className="landing">
      <h1>Notes</h1>
      <p>Markdown notes, web clippings and share links.</p>
      {user ? (
        <Link to="/notes">View notes for {user.email}</Link>
      ) : (
        <p>
          <Link to="/join">Sign up</Link> or <Link to="/login">Log in</Link>
        </p>
      )}
    </main>
  );
}
