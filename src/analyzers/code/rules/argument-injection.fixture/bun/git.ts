// A fixed option-reading program, input first in its arguments: `--upload-pack=…` is an option.
import { Elysia } from 'elysia';

new Elysia()
  .get('/log', ({ query }) => {
    // ruleid: js/argument-injection
    return Bun.spawn(['git', 'log', String(query.ref)]);
  })
  .get('/log-safe', ({ query }) => {
    // `--` ends the options: what follows is a revision, whatever it starts with.
    // ok: js/argument-injection
    return Bun.spawn(['git', 'log', '--', String(query.ref)]);
  })
  .listen(3000);
