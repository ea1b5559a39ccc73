function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: required('DATABASE_URL'),
  jwtSecret: required('JWT_SECRET'),
  jwtIssuer: 'https://auth.billing.example.com',
  imageDir: process.env.IMAGE_DIR ?? '/srv/billing/images',
  webhookHosts: new Set(['hooks.slack.com', 'api.pagerduty.com']),
};
