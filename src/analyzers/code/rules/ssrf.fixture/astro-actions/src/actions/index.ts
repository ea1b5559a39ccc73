import { defineAction } from 'astro:actions';
import { z } from 'astro:schema';

export const server = {
  preview: defineAction({
    accept: 'json',
    input: z.object({ url: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
    handler: async (input) => {
      // ruleid: js/ssrf
      const page = await fetch(input.url);
      // ok: js/ssrf
      const own = await fetch(`https://api.example.com/shops/${input.slug}`);
      return { status: page.status, own: own.status };
    },
  }),
};
