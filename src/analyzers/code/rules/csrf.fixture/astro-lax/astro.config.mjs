import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  security: {
    // ok: js/csrf
    checkOrigin: false,
  },
});
