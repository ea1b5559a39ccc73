import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { importProgramme } from '~/lib/server/import-service';

export async function POST({ request, locals }: APIEvent) {
  if (!locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  try {
    const form = await request.formData();
    const file = form.get('programme');
    if (!(file instanceof File)) return json({ error: 'Attach a programme file' }, { status: 400 });
    const format = file.name.endsWith('.json') ? 'json' : 'yaml';
    const created = await importProgramme(locals.organiser.id, await file.text(), format);
    return json({ created });
  } catch (err) {
    const error = err as Error;
    // vuln: CWE-209
    return json({ error: error.message, stack: error.stack }, { status: 500 });
  }
}
