// Bun's file API: Bun.file() opens a file (a Response serves it), Bun.write() writes one.
import { Elysia } from 'elysia';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve('public');

new Elysia()
  .get('/files/:name', ({ params }) => {
    // ruleid: js/path-traversal
    return new Response(Bun.file(`./public/${params.name}`));
  })
  .post('/notes/:id', async ({ params, body }) => {
    // ruleid: js/path-traversal
    await Bun.write(join('notes', params.id), String(body));
    return { ok: true };
  })
  .get('/safe/:name', ({ params }) => {
    // ok: js/path-traversal
    return new Response(Bun.file(join('public', basename(params.name))));
  })
  .get('/checked/:name', ({ params }) => {
    const target = resolve(ROOT, params.name);
    if (!target.startsWith(ROOT + '/')) return new Response('Not found', { status: 404 });
    // ok: js/path-traversal
    return new Response(Bun.file(target));
  })
  .listen(3000);
