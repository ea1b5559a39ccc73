'use strict';

const http = require('http');
const { exec } = require('child_process');
const { collectJson } = require('./collect');

const TARGETS = ['staging', 'production'];

async function rebuild(req, res) {
  const job = await collectJson(req);
  // ruleid: js/command-injection
  exec(`make build TAG=${job.tag}`, () => res.end('queued'));
}

async function rebuildKnown(req, res) {
  const job = await collectJson(req);
  if (!TARGETS.includes(job.target)) {
    res.statusCode = 400;
    return res.end('unknown target');
  }
  // ok: js/command-injection
  exec(`make deploy ENV=${job.target}`, () => res.end('queued'));
}

function echoLines(req, res) {
  let text = '';
  req.on('data', (part) => { text += part; });
  req.on('end', () => {
    // ruleid: js/command-injection
    exec('wc -l ' + text, (err, out) => res.end(out));
  });
}

function countBytes(req, res) {
  let size = 0;
  req.on('data', (part) => { size += part.length; });
  // ok: js/command-injection
  req.on('end', () => exec(`logger "received ${Number(size)} bytes"`, () => res.end()));
}

async function streamed(req, res) {
  const parts = [];
  for await (const part of req) parts.push(part);
  // ruleid: js/command-injection
  exec(`grep -c ${Buffer.concat(parts).toString()} access.log`, (err, out) => res.end(out));
}

http.createServer((req, res) => {
  if (req.url === '/rebuild') return rebuild(req, res);
  if (req.url === '/deploy') return rebuildKnown(req, res);
  if (req.url === '/lines') return echoLines(req, res);
  if (req.url === '/grep') return streamed(req, res);
  return countBytes(req, res);
}).listen(8080);
