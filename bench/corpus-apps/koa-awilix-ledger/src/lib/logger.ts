import { createLogger, format, transports } from 'winston';
import { config } from '../config';

const line = format.printf(({ timestamp, level, message, ...meta }) => {
  const extra = Object.keys(meta).length ? ` ${JSON.stringify(meta)}` : '';
  return `${timestamp} [${level}] ${message}${extra}`;
});

export const logger = createLogger({
  level: config.logLevel,
  format: format.combine(format.timestamp(), line),
  transports: [
    new transports.Console(),
    new transports.File({ filename: '/var/log/tallybook/api.log' }),
  ],
});

export type Logger = typeof logger;
