import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(process.env.CASTBASE_DATA_DIR ?? path.join(here, '..', '..', '..', 'var'));

export const config = {
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000',
  dashboardOrigin: process.env.DASHBOARD_ORIGIN ?? 'http://localhost:5173',
  jwtSecret: process.env.JWT_SECRET,
  embedSecret: process.env.EMBED_SECRET,
  cookieSecret: process.env.COOKIE_SECRET,
  cdnPurgeUrl: 'https://api.bunnycdn.example/purge',
  cdnApiKey: process.env.CDN_API_KEY ?? '',
  dataDir,
  mediaDir: path.join(dataDir, 'media'),
  uploadsDir: path.join(dataDir, 'uploads'),
  backupsDir: path.join(dataDir, 'backups'),
};

if (!config.jwtSecret || !config.cookieSecret) {
  throw new Error('JWT_SECRET and COOKIE_SECRET must be set');
}
