const express = require('express');
const axios = require('axios');
const http = require('http');

const app = express();
const ALLOWED_HOSTS = ['api.github.com', 'images.example.com'];

app.get('/proxy', async (req, res) => {
  // ruleid: js/ssrf
  const response = await fetch(req.query.url);
  res.send(await response.text());
});

app.post('/webhook-test', async (req, res) => {
  const { callbackUrl } = req.body;
  // ruleid: js/ssrf
  const r = await axios.post(callbackUrl, { ping: true });
  res.json({ status: r.status });
});

app.get('/image', (req, res) => {
  // ruleid: js/ssrf
  http.get(req.query.src, (upstream) => upstream.pipe(res));
});

app.get('/user/:name', async (req, res) => {
  // ok: js/ssrf
  const r = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.name)}`);
  res.json(await r.json());
});

app.get('/weather', async (req, res) => {
  // ok: js/ssrf
  const r = await axios.get('https://api.weather.example.com/v1/forecast', { params: { city: req.query.city } });
  res.json(r.data);
});

app.get('/checked', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.includes(target.hostname)) return res.status(400).end();
  // ok: js/ssrf
  const r = await fetch(target);
  res.json(await r.json());
});

app.get('/avatar', async (req, res) => {
  const base = req.query.host;
  // ruleid: js/ssrf
  const r = await axios({ url: `http://${base}/avatar.png`, method: 'get' });
  res.send(r.data);
});

// Browser code: a request to our own origin built from the page URL is not server-side.
async function loadResults() {
  const q = new URLSearchParams(location.search).get('q');
  // ok: js/ssrf
  const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`);
  return res.json();
}

// A CLI fetching the URL its user typed is not SSRF.
// ok: js/ssrf
axios.get(process.argv[2]).then((r) => console.log(r.data));
module.exports = { loadResults };

// A URL prefix fixes the host only when the host is followed by `/`; a protocol check fixes nothing.
app.get('/feeds/a', async (req, res) => {
  const feed = String(req.query.feed);
  if (!feed.startsWith('https://feeds.example.com')) return res.sendStatus(400);
  // ruleid: js/ssrf
  res.json((await axios.get(feed)).data);
});
app.get('/feeds/b', async (req, res) => {
  const feed = String(req.query.feed);
  if (!feed.startsWith('https://feeds.example.com/')) return res.sendStatus(400);
  // ok: js/ssrf
  res.json((await axios.get(feed)).data);
});
app.get('/feeds/c', async (req, res) => {
  const target = new URL(String(req.query.feed));
  if (target.protocol !== 'https:') return res.sendStatus(400);
  // ruleid: js/ssrf
  res.json((await axios.get(target.href)).data);
});

// Request options: the host the code chose is the destination; the path and headers from input are not.
app.get('/mirror/*', (req, res) => {
  const options = { hostname: 'mirror.internal', port: 8080, path: req.url, headers: { 'x-user': req.query.user } };
  // ok: js/ssrf
  http.request(options, (answer) => answer.pipe(res)).end();
  // ruleid: js/ssrf
  http.request({ hostname: req.query.upstream, path: req.url }, (answer) => answer.pipe(res)).end();
});

// A host allow-list written as `list.some((h) => host === h || host.endsWith(`.${h}`))` on a list
// without user data, through a URL parsed in a `try` and its lower-cased host.
const LOGO_HOSTS = ['cdn.example.com', 'images.example.com'];
async function download(rawUrl, allowedHosts) {
  let parsed;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new Error('invalid url');
  }
  const host = parsed.hostname.toLowerCase();
  const allowed = allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (parsed.protocol !== 'https:' || !allowed) throw new Error('host not allowed');
  // ok: js/ssrf
  return fetch(parsed, { redirect: 'error' });
}
app.post('/logo', async (req, res) => {
  res.send(await download(req.body.url, LOGO_HOSTS));
});
// A suffix that does not start a label (`evilexample.com` ends with `example.com`), or a list the request chose, proves nothing.
app.post('/logo/b', async (req, res) => {
  const target = new URL(req.body.url);
  const host = target.hostname.toLowerCase();
  if (!LOGO_HOSTS.some((h) => host.endsWith(h))) return res.sendStatus(400);
  // ruleid: js/ssrf
  res.send(await fetch(target));
});
app.post('/logo/c', async (req, res) => {
  const target = new URL(req.body.url);
  const host = target.hostname;
  if (!req.body.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return res.sendStatus(400);
  // ruleid: js/ssrf
  res.send(await fetch(target));
});
app.post('/logo/d', async (req, res) => {
  const target = new URL(req.body.url);
  if (target.hostname !== 'example.com' && !target.hostname.endsWith('.example.com')) return res.sendStatus(400);
  // ok: js/ssrf
  res.send(await fetch(target));
});
