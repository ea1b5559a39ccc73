import { defineAction } from 'astro:actions';
import { z } from 'astro:schema';
import { exec, execFile } from 'node:child_process';

export const server = {
  // The handler's `input` is the client's form or JSON body, parsed by the action's schema.
  resize: defineAction({
    accept: 'form',
    input: z.object({ image: z.string(), size: z.string(), width: z.coerce.number().int() }),
    handler: async (input, context) => {
      // ruleid: js/command-injection
      exec(`convert uploads/${input.image} -resize ${input.size} out.png`);
      // ok: js/command-injection
      exec(`convert uploads/in.png -resize ${input.width} out.png`);
      // ok: js/command-injection
      execFile('convert', ['--', input.image, 'out.png']);
      return { ok: true, user: context.locals.user };
    },
  }),
  // Fields a schema pins down (an anchored pattern, an enum) cannot carry shell syntax.
  thumbnail: defineAction({
    input: z.object({ name: z.string().regex(/^[a-f0-9-]{36}\.png$/), format: z.enum(['png', 'jpg']) }),
    async handler(input) {
      // ok: js/command-injection
      exec(`convert uploads/${input.name} thumb.${input.format}`);
    },
  }),
  // `.passthrough()` keeps every key the client sent.
  run: defineAction({
    accept: 'json',
    input: z.object({ label: z.enum(['a', 'b']) }).passthrough(),
    handler: async (input: Record<string, string>) => {
      // ruleid: js/command-injection
      exec(`tool --opt ${input.extra}`);
    },
  }),
  // No schema: the body as sent.
  ping: defineAction({
    handler: async (input: { host: string }, context) => {
      // ruleid: js/command-injection
      exec('ping -c 1 ' + input.host);
      // ruleid: js/command-injection
      exec('dig ' + context.url.searchParams.get('name'));
    },
  }),
};
