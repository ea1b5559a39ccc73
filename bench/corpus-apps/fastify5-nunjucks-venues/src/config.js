import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function env(name, fallback) {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`missing env ${name}`);
  return v;
}

export default {
  root,
  port: Number(env('PORT', '3000')),
  host: env('HOST', '0.0.0.0'),
  production: process.env.NODE_ENV === 'production',
  databaseUrl: env('DATABASE_URL'),
  sessionSecret: env('SESSION_SECRET'),
  jwtSecret: env('JWT_SECRET'),
  partnerSecret: env('PARTNER_JWT_SECRET'),
  publicUrl: env('PUBLIC_URL', 'https://hallkeeper.example'),
  floorplanDir: env('FLOORPLAN_DIR', path.join(root, 'var', 'floorplans')),
  avatarDir: env('AVATAR_DIR', path.join(root, 'var', 'avatars')),
  exportDir: env('EXPORT_DIR', path.join(root, 'var', 'exports')),
  geocoderUrl: 'https://geocode.maps.example/v1/search',
  smtp: {
    host: env('SMTP_HOST', 'localhost'),
    port: Number(env('SMTP_PORT', '587')),
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
};
