import { Elysia, t } from 'elysia';
import { join } from 'node:path';

// Elysia validates params against the route's TypeBox schema (`t` re-exported by elysia) before the
// handler runs: `t.Numeric()` is a number, also when a `.guard()` earlier in the chain declares it.
const root = '/srv/files';

export const files = new Elysia({ prefix: '/tickets/:ticketId/files' })
  .guard({ params: t.Object({ ticketId: t.Numeric(), name: t.Optional(t.String()) }) })
  .get('/', ({ params }) => {
    // ok: js/path-traversal
    return Bun.file(join(root, String(params.ticketId), 'index.json'));
  })
  .get('/:name', ({ params }) => {
    // ruleid: js/path-traversal
    return Bun.file(join(root, String(params.ticketId), params.name!));
  });

export const avatars = new Elysia()
  .get('/avatars/:id', ({ params: { id } }) => {
    // ok: js/path-traversal
    return Bun.file(join(root, 'avatars', `${id}.png`));
  }, { params: t.Object({ id: t.Numeric() }) })
  .get('/avatars/by-name/:id', ({ params: { id } }) => {
    // ruleid: js/path-traversal
    return Bun.file(join(root, 'avatars', `${id}.png`));
  }, { params: t.Object({ id: t.String() }) });
