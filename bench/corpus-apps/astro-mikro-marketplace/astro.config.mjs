// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  site: 'https://mikro.market',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { port: 4321, host: true },
  security: {
    // vuln: CWE-352
    checkOrigin: false,
  },
  image: {
    domains: ['cdn.mikro.market'],
  },
  vite: {
    ssr: { external: ['libxmljs2', 'sharp'] },
  },
});
