const env = Bun.env

function required(name: string): string {
  const value = env[name]
  if (!value) throw new Error(`missing environment variable ${name}`)
  return value
}

export const config = {
  port: Number(env.PORT ?? 3000),
  production: env.NODE_ENV === 'production',
  sqlitePath: env.SQLITE_PATH ?? 'data/deskline.sqlite',
  databaseUrl: env.DATABASE_URL ?? 'postgres://deskline:deskline@localhost:5432/deskline_reports',
  // vuln: CWE-798
  jwtSecret: env.JWT_SECRET ?? 'deskline-dev-secret-2024',
  webhookSigningKey: required('WEBHOOK_SIGNING_KEY'),
  attachmentDir: env.ATTACHMENT_DIR ?? 'data/attachments',
  exportDir: env.EXPORT_DIR ?? 'data/exports',
  publicUrl: env.PUBLIC_URL ?? 'http://localhost:3000',
  allowedOrigins: (env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(',').map((o) => o.trim()),
  avatarHosts: ['gravatar.com', 'secure.gravatar.com', 'avatars.githubusercontent.com'],
  statusPageUrl: 'https://status.deskline.io/api/v2/summary.json',
}
