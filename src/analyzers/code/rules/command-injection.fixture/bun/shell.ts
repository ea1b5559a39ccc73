// Bun's `$` shell quotes every substitution as one word: input stays an argument, unless it is the
// program, a shell's -c command line, or passed raw.
import { $ } from 'bun';
import { Elysia } from 'elysia';

new Elysia()
  .get('/convert', async ({ query }) => {
    // ok: js/command-injection
    await $`convert uploads/${query.name} -resize 64x64 thumbs/${query.name}`;
    return 'ok';
  })
  .get('/grep', async ({ query }) => {
    // ok: js/command-injection
    return await $`grep -F ${query.term} /var/log/app.log | tail -n 20`.text();
  })
  .get('/tool', async ({ query }) => {
    // ruleid: js/command-injection
    return await $`${query.tool} --version`.text();
  })
  .post('/script', async ({ body }) => {
    const { script } = body as { script: string };
    // ruleid: js/command-injection
    return await $`bash -c ${script}`.text();
  })
  .post('/raw', async ({ body }) => {
    const { args } = body as { args: string };
    // ruleid: js/command-injection
    return await Bun.$`ls ${{ raw: args }}`.text();
  })
  .listen(3000);
