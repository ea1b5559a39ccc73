import express from 'express';
import 'koa';
import escapeHtml from 'escape-html';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'react-router-dom';

const app = express();

app.get('/search', (req, res) => {
  const q = req.query.q;
  // ruleid: js/xss
  res.send(`<h1>Results for ${q}</h1>`);
});

app.get('/hello', (req, res) => {
  // ruleid: js/xss
  res.send('<p>Hello ' + req.query.name + '</p>');
});

app.get('/hello-safe', (req, res) => {
  // ok: js/xss
  res.send(`<p>Hello ${escapeHtml(req.query.name)}</p>`);
});

app.get('/api/echo', (req, res) => {
  // ok: js/xss
  res.json({ query: req.query.q });
  // ok: js/xss
  res.send(req.body);
});

app.get('/count', (req, res) => {
  const n = parseInt(req.query.n, 10);
  // ok: js/xss
  res.send(`<p>${n} items</p>`);
});

function renderResults() {
  const params = new URLSearchParams(window.location.search);
  const term = params.get('term');
  const el = document.getElementById('results');
  // ruleid: js/xss
  el.innerHTML = `<b>No results for ${term}</b>`;
  // ok: js/xss
  el.textContent = term;
}

function showName() {
  const name = decodeURIComponent(location.hash.substring(1));
  // ruleid: js/xss
  document.write('<h2>Welcome ' + name + '</h2>');
  // ruleid: js/xss
  document.body.insertAdjacentHTML('beforeend', `<div>${name}</div>`);
}

export function SearchPage() {
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q');
  return (
    <div>
      {/* ok: js/xss */}
      <h1>Results for {query}</h1>
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: query }} />
    </div>
  );
}

export function Comment({ comment }) {
  return (
    <article>
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: comment.body }} />
      {/* ok: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />
      {/* ok: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: '<b>static</b>' }} />
    </article>
  );
}

async function loadMessages() {
  const res = await fetch('/api/messages');
  const messages = await res.json();
  const list = document.querySelector('#messages');
  for (const m of messages) {
    // ruleid: js/xss
    list.innerHTML += `<li>${m.author}: ${m.text}</li>`;
  }
  // ok: js/xss
  list.innerHTML = '';
}

export const hello = async (event) => {
  const name = event.queryStringParameters.name;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // ruleid: js/xss
    body: `<h1>Hello ${name}</h1>`,
  };
};

export async function GET(request) {
  const title = new URL(request.url).searchParams.get('title');
  // ruleid: js/xss
  return new Response(`<h1>${title}</h1>`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request) {
  const { title } = await request.json();
  // ok: js/xss
  return new Response(`Saved ${title}`, { headers: { 'Content-Type': 'text/plain' } });
}

app.get('/echo.txt', (req, res) => {
  // ok: js/xss
  res.type('text/plain').send(`You said: ${req.query.text}`);
});

const Handlebars = require('handlebars');
const rawPage = Handlebars.compile('<h1>{{title}}</h1>', { noEscape: true });
const safePage = Handlebars.compile('<h1>{{title}}</h1>');
app.get('/page', (req, res) => {
  // ruleid: js/xss
  res.send(rawPage({ title: req.query.title }));
  // ok: js/xss
  res.send(safePage({ title: req.query.title }));
});

import { useRouter } from 'next/router';
import { useLocation } from 'react-router-dom';

export function Bio() {
  const router = useRouter();
  const { bio, next } = router.query;
  const location = useLocation();
  return (
    <section>
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: bio }} />
      {/* ruleid: js/xss */}
      <a href={next}>continue</a>
      {/* ok: js/xss */}
      <a href={`/users/${next}`}>profile</a>
      {/* ruleid: js/xss */}
      <p dangerouslySetInnerHTML={{ __html: new URLSearchParams(location.search).get('msg') }} />
      {/* ok: js/xss */}
      <p>{bio}</p>
    </section>
  );
}

export async function koaHello(ctx) {
  // ruleid: js/xss
  ctx.body = `<h1>Hello ${ctx.query.name}</h1>`;
}

export async function koaJson(ctx) {
  // ok: js/xss
  ctx.body = { name: ctx.query.name, items: [] };
}

export function fastifyRoutes(fastify) {
  fastify.get('/plain', async (request, reply) => {
    // ok: js/xss
    return reply.send(`Hello ${request.query.name}`);
  });
  fastify.get('/html', async (request, reply) => {
    // ruleid: js/xss
    return reply.type('text/html').send(`<p>Hello ${request.query.name}</p>`);
  });
}

const TRUSTED_HOSTS = new Set(['docs.example.com']);

export function ContinueLinks() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const docs = params.get('docs');
  const docsLink = docs && docs.startsWith('https://docs.example.com/') ? docs : '/docs';
  const out = params.get('out');
  const hostChecked = out && TRUSTED_HOSTS.has(new URL(out, 'https://example.com').hostname) ? out : '/';
  return (
    <nav>
      {/* ok: js/xss */}
      <a href={safeNext}>continue</a>
      {/* ok: js/xss */}
      <a href={docsLink}>docs</a>
      {/* a host check alone lets `javascript://docs.example.com/%0Aalert(1)` through */}
      {/* ruleid: js/xss */}
      <a href={hostChecked}>out</a>
    </nav>
  );
}
// A check that the link starts with a fixed scheme (or none) keeps `javascript:` out of a URL
// attribute; one that does not anchor the scheme, or checks something else, does not.
function isShortLink(u) {
  return u.length < 200;
}
export function NextLinks() {
  const next = new URLSearchParams(location.search).get('next');
  return (
    <nav>
      {/* ok: js/xss */}
      <a href={/^https?:\/\//.test(next) ? next : '#'}>continue</a>
      {/* ok: js/xss */}
      <a href={/^(https?|mailto):/i.test(next) ? next : undefined}>mail or web</a>
      {/* ok: js/xss */}
      <a href={next.startsWith('/') ? next : '/'}>home</a>
      {/* ruleid: js/xss */}
      <a href={/https?:\/\//.test(next) ? next : '#'}>unanchored</a>
      {/* ruleid: js/xss */}
      <a href={/^(?!javascript:)/.test(next) ? next : '#'}>deny-list</a>
      {/* ruleid: js/xss */}
      <a href={isShortLink(next) ? next : '#'}>length only</a>
    </nav>
  );
}

export function showNextAsHtml(el) {
  const next = new URLSearchParams(location.search).get('next');
  if (!/^https?:\/\//.test(next)) return;
  // ok: js/xss
  el.querySelector('a').href = next;
  // ruleid: js/xss
  el.innerHTML = `<a href="${next}">${next}</a>`;
}

// The HTML a name holds: its one definition in the file decides.
export function Preview({ markdown, html: given }) {
  const clean = DOMPurify.sanitize(renderMarkdown(markdown));
  const raw = renderMarkdown(markdown);
  const banner = '<strong>Preview</strong>';
  return (
    <section>
      {/* ok: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: clean }} />
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: raw }} />
      {/* ok: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: banner }} />
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: given }} />
    </section>
  );
}

function renderMarkdown(text) {
  return text.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
}

export function ThemedPage({ theme, notice }) {
  return (
    <main>
      {/* ok: js/xss */}
      <style dangerouslySetInnerHTML={{ __html: `:root { --brand-color: ${theme.brandColor} }` }} />
      {/* ruleid: js/xss */}
      <div dangerouslySetInnerHTML={{ __html: `<p>${notice.text}</p>` }} />
    </main>
  );
}
