'use strict';

const { clean } = require('./lib/input');
const { browser, engine } = require('./lib/browser');
const { os } = require('./lib/os');
const { device } = require('./lib/device');

const BOT = /\b(?:bot|crawler|spider|slurp|bingpreview|facebookexternalhit)\b/i;

/**
 * Parses a User-Agent header.
 * @param {string} [ua] e.g. `req.headers['user-agent']`
 * @returns {{ ua: string, browser: object, engine: object, os: object, device: object, bot: boolean }}
 */
function parse(ua) {
  const s = clean(ua);
  return { ua: s, browser: browser(s), engine: engine(s), os: os(s), device: device(s), bot: BOT.test(s) };
}

/** Express/Connect middleware that sets `req.useragent`. */
function middleware() {
  return (req, res, next) => {
    req.useragent = parse(req.headers['user-agent']);
    next();
  };
}

module.exports = { parse, middleware, isBot: (ua) => BOT.test(clean(ua)) };
