'use strict';

const encodeUrl = require('encodeurl');

function referrerOf(req) {
  const value = req.headers.referer || req.headers.referrer;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// Sends the client back to the page it came from: the Referer is whatever page linked here.
function back(req, res, fallback) {
  const target = referrerOf(req) || fallback || '/';
  res.statusCode = 302;
  // ruleid: js/open-redirect
  res.setHeader('Location', encodeUrl(target));
  res.end();
}

// Only a Referer on this host is followed.
function backSameHost(req, res) {
  const referrer = referrerOf(req);
  let target = '/';
  try {
    if (referrer && new URL(referrer, `http://${req.headers.host}`).host === req.headers.host) target = referrer;
  } catch (err) {
    target = '/';
  }
  res.statusCode = 302;
  // ok: js/open-redirect
  res.setHeader('Location', encodeUrl(target));
  res.end();
}

// The caller's own target: where to send the user is the caller's choice.
function to(res, url) {
  res.statusCode = 302;
  // ok: js/open-redirect
  res.setHeader('Location', encodeUrl(url));
  res.end();
}

module.exports = { back, backSameHost, to };
