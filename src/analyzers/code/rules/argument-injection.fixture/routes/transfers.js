// Argument injection beyond git: rsync, scp, curl, tar, hg read a list element starting with `-` as
// an option (`-e sh -c …`, `--rsh=…`, `-o /etc/x`, `--to-command=…`). A one-letter flag that takes no
// value (`-a`, `-x`, `-r`) does not make the next element a value.
const express = require('express');
const { execFile, spawn } = require('child_process');

const app = express();

app.post('/backup', (req, res) => {
  // ruleid: js/argument-injection
  spawn('rsync', ['-a', req.body.source, '/srv/backup/']);
  res.sendStatus(202);
});

app.post('/copy', (req, res) => {
  // ruleid: js/argument-injection
  execFile('scp', ['-r', req.body.host, '/srv/incoming/'], () => res.sendStatus(204));
});

app.post('/unpack', (req, res) => {
  // ruleid: js/argument-injection
  execFile('tar', ['-x', '-f', '/srv/uploads/in.tar', req.body.member], () => res.sendStatus(204));
});

app.post('/mirror', (req, res) => {
  // ruleid: js/argument-injection
  execFile('hg', ['clone', '-U', req.body.repo, '/srv/mirror'], () => res.sendStatus(204));
});

app.post('/backup/safe', (req, res) => {
  // ok: js/argument-injection
  spawn('rsync', ['-a', '--', req.body.source, '/srv/backup/']);
  res.sendStatus(202);
});

app.post('/archive/named', (req, res) => {
  // `-f` takes the archive name: the request value is that file, not an option.
  // ok: js/argument-injection
  execFile('tar', ['-c', '-f', req.body.name, '/srv/reports'], () => res.sendStatus(204));
});

app.post('/fetch', (req, res) => {
  const url = String(req.body.url);
  if (url.startsWith('-')) return res.sendStatus(400);
  // ok: js/argument-injection
  execFile('curl', ['-s', '-L', url], (err, out) => res.send(err ? '' : 'ok'));
});

module.exports = app;
