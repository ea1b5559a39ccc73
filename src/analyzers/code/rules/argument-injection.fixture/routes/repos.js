const express = require('express');
const { execFile, spawn } = require('child_process');

const router = express.Router();

router.get('/repos/remote', (req, res) => {
  // ruleid: js/argument-injection
  execFile('git', ['ls-remote', req.query.url], (err, out) => res.type('text/plain').send(err ? 'error' : out));
});

router.get('/repos/remote-safe', (req, res) => {
  // ok: js/argument-injection
  execFile('git', ['ls-remote', '--', req.query.url], (err, out) => res.type('text/plain').send(err ? 'error' : out));
});

router.get('/repos/tags', (req, res) => {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(req.query.pattern)) return res.sendStatus(400);
  // ok: js/argument-injection
  execFile('git', ['tag', '--list', 'v*', req.query.pattern], (err, out) => res.type('text/plain').send(err ? 'error' : out));
});

// With a shell the whole list is a command line: that is js/command-injection's finding.
router.get('/repos/log', (req, res) => {
  // ok: js/argument-injection
  const child = spawn('git', ['log', req.query.ref], { shell: true });
  child.stdout.pipe(res);
});

router.get('/repos/grep', (req, res) => {
  const args = ['grep', '-n'];
  if (req.query.ignoreCase) args.push('-i');
  args.push(req.query.pattern);
  // ruleid: js/argument-injection
  execFile('git', args, (err, out) => res.type('text/plain').send(err ? 'error' : out));
});

router.get('/repos/grep-safe', (req, res) => {
  const args = ['grep', '-n', '-e'];
  args.push(req.query.pattern);
  // ok: js/argument-injection
  execFile('git', args, (err, out) => res.type('text/plain').send(err ? 'error' : out));
});

module.exports = router;
