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

// `res.send(text)` is formatted for what the client accepts (JSON, plain text) unless HTML is declared.
server.get('/hello/:name', (req, res, next) => {
  // ok: js/xss
  res.send(`<p>Hello ${req.params.name}</p>`);
  return next();
});

server.get('/card/:name', (req, res, next) => {
  res.header('Content-Type', 'text/html');
  // ruleid: js/xss
  res.send(`<p>Hello ${req.params.name}</p>`);
  return next();
});

server.get('/badge/:name', (req, res, next) => {
  // ruleid: js/xss
  res.send(200, `<b>${req.params.name}</b>`, { 'Content-Type': 'text/html' });
  return next();
});

server.listen(8080);
