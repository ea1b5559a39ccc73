import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { exec, execFile } from 'node:child_process';

const t = initTRPC.create();
const publicProcedure = t.procedure;
const UNITS = ['api', 'worker'] as const;
const restartInput = z.object({ unit: z.enum(UNITS) }).strict();

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
  // The input is parsed with the schema first: a number and a member of a fixed list stay that.
  scale: publicProcedure.input(z.object({ replicas: z.number().int(), service: z.string() })).mutation(({ input }) => {
    // ok: js/command-injection
    exec(`kubectl scale deploy/api --replicas=${input.replicas}`);
    // ruleid: js/command-injection
    exec(`kubectl rollout restart deploy/${input.service}`);
  }),
  restart: publicProcedure.input(restartInput).mutation(({ input }) => {
    // ok: js/command-injection
    exec(`systemctl restart ${input.unit}`);
  }),
  // The schema allows three words: `format` cannot carry shell syntax; `name` is any string.
  convert: publicProcedure.input(z.object({ format: z.enum(['png', 'jpg', 'webp']), name: z.string().max(80) })).mutation(({ input }) => {
    // ok: js/command-injection
    exec(`convert in.tif out.${input.format}`);
    // ruleid: js/command-injection
    exec(`convert in.tif ${input.name}.png`);
  }),
  uptime: publicProcedure.query(() => {
    // ok: js/command-injection
    exec('uptime');
  }),
});
