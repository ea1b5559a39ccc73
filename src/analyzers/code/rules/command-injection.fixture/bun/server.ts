// Bun's process API: one list holds the program and its arguments.
import { Elysia } from 'elysia';

new Elysia()
  .post('/run', ({ body }) => {
    const { script } = body as { script: string };
    // ruleid: js/command-injection
    return Bun.spawn(['sh', '-c', script]);
  })
  .post('/tool', ({ body }) => {
    const { tool } = body as { tool: string };
    // ruleid: js/command-injection
    const proc = Bun.spawnSync({ cmd: [tool, '--version'] });
    return proc.stdout.toString();
  })
  .get('/exec', ({ query }) => {
    // ruleid: js/command-injection
    return Bun.spawn(String(query.cmd).split(' '));
  })
  .get('/thumb', ({ query }) => {
    // A fixed program with the input as one argument (no shell): nothing is parsed as a command line.
    // ok: js/command-injection
    return Bun.spawn(['convert', `uploads/${query.name}.png`, '-resize', '64x64', 'thumb.png']);
  })
  .get('/echo', ({ query }) => {
    // ok: js/command-injection
    return Bun.spawn({ cmd: ['echo', String(query.text)], stdout: 'pipe' });
  })
  .listen(3000);
