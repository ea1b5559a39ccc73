import { json, text } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

async function store(data: FormData): Promise<{ path: string }> {
  return { path: String(data.get('name')) };
}

export const POST: RequestHandler = async ({ request }) => {
  try {
    return json(await store(await request.formData()), { status: 201 });
  } catch (err) {
    const e = err as Error;
    // ruleid: js/stack-trace-exposure
    return json({ error: e.message, stack: e.stack }, { status: 500 });
  }
};

export const PUT: RequestHandler = async ({ request }) => {
  try {
    return json(await store(await request.formData()));
  } catch (err) {
    // ruleid: js/stack-trace-exposure
    return text(`upload failed: ${(err as Error).stack}`, { status: 500 });
  }
};

export const DELETE: RequestHandler = async ({ request }) => {
  try {
    return json(await store(await request.formData()));
  } catch (err) {
    console.error('upload failed', err);
    // ok: js/stack-trace-exposure
    return json({ error: 'Upload failed' }, { status: 500 });
  }
};
