// Link preview + webhook tester
const express = require('express');
const axios = require('axios');
const { URL } = require('url');

const app = express();
app.use(express.json());

const ALLOWED_HOSTS = new Set(['api.github.com', 'hooks.slack.com']);

app.get('/preview', async (req, res) => {
  const { url } = req.query;
  try {
    // ruleid: js/ssrf
    const response = await fetch(url);
    const html = await response.text();
    const title = (html.match(/<title>(.*?)<\/title>/i) || [])[1] || '';
    res.json({ title });
  } catch (err) {
    res.status(502).json({ error: 'Could not fetch url' });
  }
});

app.post('/webhooks/test', async (req, res) => {
  const { targetUrl, payload } = req.body;
  // ruleid: js/ssrf
  const r = await axios.post(targetUrl, payload, { timeout: 5000 });
  res.json({ status: r.status });
});

app.get('/avatar', (req, res) => {
  // ruleid: js/ssrf
  axios.get(req.query.src, { responseType: 'stream' })
    .then((r) => r.data.pipe(res))
    .catch(() => res.sendStatus(404));
});

// Safe: host allow-list
app.post('/v2/webhooks/test', async (req, res) => {
  let target;
  try {
    target = new URL(req.body.targetUrl);
  } catch {
    return res.status(400).json({ error: 'bad url' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  // ok: js/ssrf
  const r = await axios.post(target.toString(), req.body.payload, { timeout: 5000 });
  res.json({ status: r.status });
});

// Safe: fixed base URL, user value only as an encoded path segment
app.get('/repos/:owner', async (req, res) => {
  // ok: js/ssrf
  const r = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.owner)}/repos`);
  res.json(await r.json());
});

app.listen(8080);
