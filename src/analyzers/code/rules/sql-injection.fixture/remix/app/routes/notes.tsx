import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Pool } from 'pg';

const pool = new Pool();

export async function loader({ request }: LoaderFunctionArgs) {
  const sort = new URL(request.url).searchParams.get('sort') ?? 'created_at';
  // ruleid: js/sql-injection
  const { rows } = await pool.query(`SELECT * FROM notes ORDER BY ${sort}`);
  return json(rows);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  // ok: js/sql-injection
  await pool.query('UPDATE notes SET body = $1 WHERE id = $2', [form.get('body'), params.noteId]);
  return redirect('/notes');
}

// A helper of the module, not a loader: its parameter is whatever the caller passes.
function byOwner(owner: string) {
  // ok: js/sql-injection
  return pool.query('SELECT * FROM notes WHERE owner = $1', [owner]);
}

export default function Notes() {
  void byOwner;
  return null;
}
