import 'dotenv/config'

const required = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`Missing environment variable ${name}`)
  return value
}

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 3000),
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000',

  jwt: {
    secret: required('JWT_SECRET'),
    issuer: 'jobs.example.com',
    expiresIn: '12h',
  },

  db: {
    host: process.env.PGHOST ?? 'localhost',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'jobs',
    password: process.env.PGPASSWORD,
    database: process.env.PGDATABASE ?? 'jobs',
    caFile: process.env.PGSSLROOTCERT,
  },

  redis: {
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  },

  ats: {
    baseURL: 'https://harvest.ats-partner.example.com/v1',
    // vuln: CWE-798
    token: 'ats_live_6b1f0c9e2d7a48f3b5e1c0a9d8f7e6b2',
  },

  slack: {
    webhookUrl: process.env.SLACK_WEBHOOK_URL,
  },

  storage: {
    resumes: process.env.RESUME_DIR ?? 'var/resumes',
    exports: process.env.EXPORT_DIR ?? 'var/exports',
  },
}
