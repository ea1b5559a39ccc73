'use strict';

const required = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
};

module.exports = {
  port: Number(process.env.PORT || 8080),
  env: process.env.NODE_ENV || 'development',
  databaseUrl: required('DATABASE_URL'),
  jwtSecret: required('JWT_SECRET'),
  partnerJwtIssuer: process.env.PARTNER_JWT_ISSUER || 'https://partners.claimdesk.example',
  fieldKey: Buffer.from(required('FIELD_ENC_KEY'), 'base64'),
  attachmentsDir: process.env.ATTACHMENTS_DIR || '/var/lib/claimdesk/attachments',
  exportDir: process.env.EXPORT_DIR || '/var/lib/claimdesk/exports',
  insurerBaseUrl: process.env.INSURER_BASE_URL || 'https://api.insurer.example/v2',
  carrierBaseUrl: 'https://tracking.carrier.example/api',
  appOrigin: process.env.APP_ORIGIN || 'https://claims.claimdesk.example',
  ssoTokenUrl: process.env.SSO_TOKEN_URL || 'https://login.claimdesk.example/oauth/token',
  ssoUserInfoUrl: process.env.SSO_USERINFO_URL || 'https://login.claimdesk.example/oauth/userinfo',
  smtpUrl: process.env.SMTP_URL,
};
