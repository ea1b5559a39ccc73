// A program chosen by configuration (a sendmail path): the constant options in its list show it
// reads options, so a recipient starting with `-` is one. Spread lists count element by element.
const express = require('express');
const { spawn, execFile } = require('child_process');

const app = express();
const config = { sendmail: process.env.SENDMAIL_PATH || '/usr/sbin/sendmail', extraArgs: [] };

app.post('/invite', (req, res) => {
  const recipients = String(req.body.to).split(',');
  const args = ['-i', ...config.extraArgs, '-f', 'noreply@example.com'];
  args.push(...recipients);
  // ruleid: js/argument-injection
  const child = spawn(config.sendmail, args);
  child.stdin.end(req.body.message);
  res.sendStatus(202);
});

app.post('/invite/ended', (req, res) => {
  const recipients = String(req.body.to).split(',');
  const args = ['-i', '-f', 'noreply@example.com'];
  args.push('--', ...recipients);
  // ok: js/argument-injection
  const child = spawn(config.sendmail, args);
  child.stdin.end(req.body.message);
  res.sendStatus(202);
});

app.post('/archive', (req, res) => {
  const files = [].concat(req.body.files);
  // ruleid: js/argument-injection
  execFile('git', ['add', ...files], () => res.sendStatus(204));
});

app.post('/archive/ended', (req, res) => {
  const files = [].concat(req.body.files);
  // ok: js/argument-injection
  execFile('git', ['add', '--', ...files], () => res.sendStatus(204));
});

// No option in the list, program unknown: nothing says it parses options.
app.post('/hook', (req, res) => {
  // ok: js/argument-injection
  execFile(config.sendmail, [req.body.to], () => res.sendStatus(204));
});

app.post('/thumb', (req, res) => {
  // ruleid: js/argument-injection
  execFile('convert', ['-strip', req.body.name, '/tmp/thumb.png'], () => res.sendStatus(204));
});

// An absolute path starts with `/`: never an option.
app.post('/thumb/absolute', (req, res) => {
  // ok: js/argument-injection
  execFile('convert', ['-strip', require('path').resolve('uploads', req.body.name), '/tmp/thumb.png'], () => res.sendStatus(204));
});

app.listen(3000);
