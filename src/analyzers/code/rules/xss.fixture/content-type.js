// A content type set by an earlier statement holds for what the handler sends after it, when every
// path to the send set it: plain text and JSON do not render as HTML.
const http = require('http');
const express = require('express');

http.createServer((req, res) => {
  const name = new URL(req.url, 'http://localhost').searchParams.get('name');
  res.setHeader('Content-Type', 'application/json');
  // ok: js/xss
  res.end(JSON.stringify({ hello: name }));
}).listen(8080);

const app = express();

app.get('/greet.txt', (req, res) => {
  res.set('Content-Type', 'text/plain; charset=utf-8');
  // ok: js/xss
  res.send('hello ' + req.query.name);
});

app.get('/greet-head', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  // ok: js/xss
  res.end('hello ' + req.query.name);
});

app.get('/greet-either', (req, res) => {
  if (req.query.fmt === 'json') res.type('application/json');
  else res.type('text/plain');
  // ok: js/xss
  res.status(200).send('hello ' + req.query.name);
});

app.get('/greet-maybe', (req, res) => {
  if (req.query.fmt === 'txt') res.type('text/plain');
  // ruleid: js/xss
  res.send('hello ' + req.query.name);
});

app.get('/greet-chosen', (req, res) => {
  res.type('text/plain');
  res.type(req.query.type);
  // ruleid: js/xss
  res.send('hello ' + req.query.name);
});

app.get('/greet-html', (req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Content-Type', 'text/html');
  // ruleid: js/xss
  res.end('hello ' + req.query.name);
});

module.exports = app;
