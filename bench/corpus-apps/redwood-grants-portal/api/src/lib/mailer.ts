import template from 'lodash/template'
import nodemailer from 'nodemailer'

import { config } from './config'
import { logger } from './logger'

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  secure: config.smtp.port === 465,
  auth: config.smtp.user ? { user: config.smtp.user, pass: config.smtp.pass } : undefined,
})

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string
  )

const FIXED_TEMPLATES = {
  submitted: 'Hello {{name}},\n\nWe received your application "{{title}}". We will be in touch.',
  reminder: 'Hello {{name}},\n\nYour review of "{{title}}" is due on {{due}}.',
} as const

/**
 * Fixed notification texts with {{placeholders}}; values are escaped and no
 * template engine is involved.
 */
export const renderFixed = (
  name: keyof typeof FIXED_TEMPLATES,
  vars: Record<string, string>
) =>
  // safe: CWE-1336
  FIXED_TEMPLATES[name].replace(/\{\{(\w+)\}\}/g, (_, key) => escapeHtml(vars[key] ?? ''))

/**
 * Decision letters: officers paste the letter body (with <%= name %> style
 * placeholders) into the "notify applicants" dialog.
 */
export const renderDecisionLetter = (
  source: string,
  vars: Record<string, unknown>
) => {
  // vuln: CWE-1336, CWE-94
  const compiled = template(source)
  return compiled(vars)
}

export const sendMail = async (to: string, subject: string, text: string, html?: string) => {
  const info = await transport.sendMail({
    from: `Alder Foundation <${config.supportEmail}>`,
    to,
    subject,
    text,
    html,
  })
  logger.info({ messageId: info.messageId }, 'mail sent')
  return info
}
