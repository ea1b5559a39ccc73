import path from 'node:path'

const requireEnv = (name: string): string => {
  const value = process.env[name]
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`)
  }
  return value
}

const root = path.resolve(process.cwd(), '..')

export const config = {
  webOrigin: process.env.WEB_ORIGIN || 'http://localhost:8910',
  uploadDir: path.resolve(root, process.env.UPLOAD_DIR || 'var/uploads'),
  exportDir: path.resolve(root, process.env.EXPORT_DIR || 'var/exports'),
  maxUploadBytes: 15 * 1024 * 1024,
  smtp: {
    host: process.env.SMTP_HOST || 'localhost',
    port: Number(process.env.SMTP_PORT || 1025),
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
  get paymentsWebhookSecret() {
    return requireEnv('PAYMENTS_WEBHOOK_SECRET')
  },
  get inviteJwtSecret() {
    return requireEnv('INVITE_JWT_SECRET')
  },
  // vuln: CWE-798
  panelJwtSecret: process.env.PANEL_JWT_SECRET || 'alder-panel-review-2024!',
  get formsApiKey() {
    return requireEnv('FORMS_API_KEY')
  },
  supportEmail: process.env.SUPPORT_EMAIL || 'grants@alderfoundation.org',
}
