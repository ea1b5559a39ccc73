// SolidStart API route answering with Solid Router's `json(data, init)`.
import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';

declare function importFile(text: string): Promise<number>;

export async function POST({ request }: APIEvent) {
  try {
    return json({ created: await importFile(await request.text()) });
  } catch (err) {
    const error = err as Error;
    // ruleid: js/stack-trace-exposure
    return json({ error: error.message, stack: error.stack }, { status: 500 });
  }
}

export async function PUT({ request }: APIEvent) {
  try {
    return json({ created: await importFile(await request.text()) });
  } catch (err) {
    console.error('import failed', err);
    // ok: js/stack-trace-exposure
    return json({ error: 'Import failed' }, { status: 500 });
  }
}
