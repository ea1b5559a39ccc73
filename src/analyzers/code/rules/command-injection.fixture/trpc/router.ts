import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { exec, execFile } from 'node:child_process';

const t = initTRPC.create();
const publicProcedure = t.procedure;

export const appRouter = t.router({
  // A schema checks the shape; a string is still any string.
  thumbnail: publicProcedure.input(z.object({ file: z.string() })).mutation(({ input }) => {
    // ruleid: js/command-injection
    exec(`convert ${input.file} -resize 64x64 thumb.png`);
  }),
  ping: t.procedure.input(z.string()).query(({ input }) => {
    // ruleid: js/command-injection
    exec('ping -c 1 ' + input);
  }),
  resize: publicProcedure.input(z.object({ file: z.string() })).mutation(({ input }) => {
    // ok: js/command-injection
    execFile('convert', [input.file, '-resize', '64x64', 'thumb.png']);
  }),
  uptime: publicProcedure.query(() => {
    // ok: js/command-injection
    exec('uptime');
  }),
});
