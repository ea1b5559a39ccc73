export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  mongoUri: process.env.MONGO_URI,
  jwt: {
    // vuln: CWE-798
    secret: process.env.JWT_SECRET || 'fleetdesk-dev-jwt-secret-7c2e94b1a0',
    expiresIn: process.env.JWT_EXPIRES_IN ?? '15m',
  },
  partnerJwtIssuer: process.env.PARTNER_JWT_ISSUER ?? 'https://partners.fleetdesk.io',
  telematicsBaseUrl: process.env.TELEMATICS_BASE_URL ?? 'https://api.telematics-hub.com/v3',
  documentsDir: process.env.DOCUMENTS_DIR ?? '/var/lib/fleetdesk/documents',
  backupDir: process.env.BACKUP_DIR ?? '/var/backups/fleetdesk',
  piiKey: process.env.PII_KEY,
});
