import { defineConfig } from '@solidjs/start/config';

export default defineConfig({
  middleware: './src/middleware.ts',
  server: {
    preset: 'node-server',
    compressPublicAssets: true,
    runtimeConfig: {
      smtpHost: process.env.SMTP_HOST || 'smtp.postmarkapp.com',
      smtpUser: process.env.SMTP_USER || 'tickets@tixly.events',
      // vuln: CWE-798
      smtpPassword: process.env.SMTP_PASSWORD || 'b7d1c2e4-9a3f-4c11-8e62-tixly-prod-smtp',
      publicBaseUrl: process.env.PUBLIC_BASE_URL || 'https://tixly.events',
    },
  },
  vite: {
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    },
  },
});
