import fs from 'node:fs';
import pino from 'pino';
import { config } from './config';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'media-core' },
  redact: {
    paths: ['password', '*.password', 'metadata.authorization', 'req.headers.authorization', 'settings.apiKey'],
    censor: '[redacted]',
  },
});

// Plain-text audit trail for partner-originated changes (shipped by the syslog agent).
export const auditStream = fs.createWriteStream(config.auditLog, { flags: 'a' });

export function auditJson(actor: string, action: string, detail: Record<string, unknown>): void {
  auditStream.write(JSON.stringify({ ts: new Date().toISOString(), actor, action, ...detail }) + '\n');
}
