// Restify's `res.sendRaw([code,] body[, headers])` writes the body as given, with the headers it is handed.
const restify = require('restify');
const escapeHtml = require('escape-html');

const server = restify.createServer();

server.get('/print', (req, res, next) => {
  const page = `<html><body><h1>${req.query.title}</h1></body></html>`;
  // ruleid: js/xss
  res.sendRaw(200, page, { 'Content-Type': 'text/html; charset=utf-8' });
  return next();
});

server.get('/footer', (req, res, next) => {
  // ok: js/xss
  res.sendRaw(200, `<footer>${escapeHtml(req.query.dealer)}</footer>`, { 'Content-Type': 'text/html' });
  return next();
});

server.get('/export.csv', (req, res, next) => {
  // ok: js/xss
  res.sendRaw(200, `name\n${req.query.name}`, { 'Content-Type': 'text/csv' });
  return next();
});

server.get('/lookup', (req, res, next) => {
  // ok: js/xss
  res.send(200, { query: req.query.q, found: false });
  return next();
});

server.listen(8080);
