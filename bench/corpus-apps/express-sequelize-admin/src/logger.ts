import winston from 'winston';

const line = winston.format.printf(({ timestamp, level, message, ...meta }) => {
  const extra = Object.keys(meta).length ? ` ${JSON.stringify(meta)}` : '';
  return `${timestamp} ${level.toUpperCase()} ${message}${extra}`;
});

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), line),
  transports: [
    new winston.transports.Console(),
    new winston.transports.File({ filename: 'var/log/admin.log', maxsize: 10_000_000, maxFiles: 5 }),
  ],
});
