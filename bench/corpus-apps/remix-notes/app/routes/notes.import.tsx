import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { parseExport } from '~/models/import.server';
import { importNotes } from '~/models/note.server';
import { requireUserId } from '~/session.server';

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const action = async ({ request }: ActionFunctionArgs) => {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return json({ error: 'Choose an export file' }, { status: 400 });
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return json({ error: 'Exports are limited to 2 MB' }, { status: 413 });
  }

  const kind = file.name.endsWith('.json') ? 'json' : 'yaml';
  let notes;
  try {
    notes = parseExport(await file.text(), kind);
  } catch {
    return json({ error: 'That file is not a valid export' }, { status: 400 });
  }
  if (notes.length === 0) {
    return json({ error: 'No notes found in the file' }, { status: 400 });
  }
  await importNotes(userId, notes);
  return redirect('/notes');
};

export default function ImportPage() {
  const actionData = useActionData<typeof action>();
  return (
    <Form method="post" encType="multipart/form-data">
      <p>Import a JSON export or a YAML export from the desktop app.</p>
      <input type="file" name="file" accept=".json,.yaml,.yml" />
      {actionData?.error ? <p className="error">{actionData.error}</p> : null}
      <button type="submit">Import</button>
    </Form>
  );
}
