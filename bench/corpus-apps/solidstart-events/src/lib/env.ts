function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export const env = {
  DATABASE_URL: required('DATABASE_URL'),
  // vuln: CWE-798
  SESSION_PASSWORD: process.env.SESSION_PASSWORD ?? 'tixly-dev-session-password-please-change-0001',
  ORGANISER_SESSION_PASSWORD: required('ORGANISER_SESSION_PASSWORD'),
  CHECKIN_JWT_SECRET: required('CHECKIN_JWT_SECRET'),
  SCANNER_JWKS_URL: process.env.SCANNER_JWKS_URL ?? 'https://auth.tixly.events/.well-known/jwks.json',
  UPLOAD_ROOT: process.env.UPLOAD_ROOT ?? '/var/lib/tixly/uploads',
  TICKET_OUT_DIR: process.env.TICKET_OUT_DIR ?? '/var/lib/tixly/tickets',
  SMTP_HOST: process.env.SMTP_HOST ?? 'smtp.postmarkapp.com',
  SMTP_USER: process.env.SMTP_USER ?? 'tickets@tixly.events',
  SMTP_PASSWORD: required('SMTP_PASSWORD'),
  LOG_DIR: process.env.LOG_DIR ?? '/var/log/tixly',
  PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? 'https://tixly.events',
};

export const isProd = process.env.NODE_ENV === 'production';
