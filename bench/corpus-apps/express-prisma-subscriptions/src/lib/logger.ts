import pino from 'pino';
import { config } from '../config';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (config.env === 'production' ? 'info' : 'debug'),
  base: { service: 'tallyplan-api', env: config.env },
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-support-token"]',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
      'password',
      'token',
      'apiKey',
    ],
    censor: '[redacted]',
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export function childLogger(component: string) {
  return logger.child({ component });
}
