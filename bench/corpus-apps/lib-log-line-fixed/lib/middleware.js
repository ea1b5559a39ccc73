/**
 * Request logging for Express / Connect / plain `http` handlers:
 *
 *   import { requestLogger } from 'linelog/middleware';
 *   app.use(requestLogger({ logger }));
 *
 * Writes one line per finished response:
 * `... INFO  [http] GET /orders?page=2 200 12ms ip=10.0.0.7 ua="curl/8.4.0"`.
 */
import onFinished from 'on-finished';
import { createLogger } from '../index.js';

/**
 * @param {object} [options]
 * @param {import('./logger.js').Logger} [options.logger]
 * @param {(req: import('http').IncomingMessage) => boolean} [options.skip]
 * @param {boolean} [options.userAgent] log the User-Agent header (default true)
 * @param {boolean} [options.trustProxy] take the client address from X-Forwarded-For
 */
export function requestLogger(options = {}) {
  const logger = (options.logger || createLogger()).child({ name: 'http' });
  const withUa = options.userAgent !== false;

  return function linelogRequest(req, res, next) {
    if (options.skip && options.skip(req)) return next();
    const started = process.hrtime.bigint();

    onFinished(res, () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const fields = { ip: clientAddress(req, options.trustProxy) };
      if (withUa && req.headers['user-agent']) fields.ua = req.headers['user-agent'];
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      logger[level](`${req.method} ${req.originalUrl || req.url} ${res.statusCode} ${ms.toFixed(0)}ms`, fields);
    });
    next();
  };
}

function clientAddress(req, trustProxy) {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    if (forwarded) return String(forwarded).split(',')[0].trim();
  }
  return req.socket && req.socket.remoteAddress;
}

export default requestLogger;
