// Network diagnostics endpoints for the ops dashboard
const express = require('express');
const { exec, execSync, execFile, spawn } = require('child_process');
const util = require('util');

const execAsync = util.promisify(exec);
const router = express.Router();
const HOSTNAME_RE = /^[a-zA-Z0-9.-]{1,253}$/;

router.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: js/command-injection
  exec(`ping -c 3 ${host}`, (err, stdout) => {
    if (err) return res.status(500).json({ error: 'ping failed' });
    res.type('text/plain').send(stdout);
  });
});

// Safe: execFile with an argument array and a validated host
router.get('/v2/ping', (req, res) => {
  const host = String(req.query.host || '');
  if (!HOSTNAME_RE.test(host)) return res.status(400).json({ error: 'invalid host' });
  // ok: js/command-injection
  execFile('ping', ['-c', '3', host], (err, stdout) => {
    if (err) return res.status(500).json({ error: 'ping failed' });
    res.type('text/plain').send(stdout);
  });
});

router.post('/dns', async (req, res) => {
  const { domain, recordType = 'A' } = req.body;
  try {
    // ruleid: js/command-injection
    const { stdout } = await execAsync('dig +short ' + recordType + ' ' + domain);
    res.json({ records: stdout.trim().split('\n') });
  } catch {
    res.status(500).json({ error: 'lookup failed' });
  }
});

router.get('/disk', (req, res) => {
  // ok: js/command-injection
  const out = execSync('df -h /').toString();
  res.type('text/plain').send(out);
});

router.post('/convert', (req, res) => {
  const { input, format } = req.body;
  // ruleid: js/command-injection
  const child = spawn('convert', [input, `out.${format}`], { shell: true });
  child.on('close', (code) => res.json({ ok: code === 0 }));
});

router.post('/v2/convert', (req, res) => {
  const format = ['png', 'jpg', 'webp'].includes(req.body.format) ? req.body.format : 'png';
  // ok: js/command-injection
  const child = spawn('convert', ['upload.bin', `out.${format}`]);
  child.on('close', (code) => res.json({ ok: code === 0 }));
});

router.get('/logs/:service', (req, res) => {
  const lines = req.query.lines || 100;
  // ruleid: js/command-injection
  const output = execSync(`journalctl -u ${req.params.service} -n ${lines} --no-pager`);
  res.type('text/plain').send(output);
});

module.exports = router;
