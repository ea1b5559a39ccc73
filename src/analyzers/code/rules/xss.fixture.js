/* global $ */
// Browser code: URL parts, postMessage data and fetched content reaching DOM sinks.
import axios from 'axios';
import DOMPurify from 'dompurify';

const EDITOR_ORIGIN = 'https://editor.example.com';
const frame = document.getElementById('preview');

window.addEventListener('message', (event) => {
  // ruleid: js/xss
  frame.srcdoc = event.data.html;
});

window.addEventListener('message', (event) => {
  if (event.origin !== EDITOR_ORIGIN) return;
  // ok: js/xss
  frame.srcdoc = event.data.html;
});

function showTab() {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  // ruleid: js/xss
  $('#tab-title').html('<h2>' + tab + '</h2>');
  // ok: js/xss
  $('#tab-title').text(tab);
  // ruleid: js/xss
  $('<li class="crumb">' + tab + '</li>').appendTo('#crumbs');
  // ok: js/xss
  $('#' + 'crumbs').addClass('ready');
}

function wireLinks() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  const link = document.getElementById('continue');
  // ruleid: js/xss
  link.setAttribute('href', next);
  // ok: js/xss
  link.setAttribute('href', '/account/' + encodeURIComponent(next));
  // ruleid: js/xss
  link.href = next;
  // ok: js/xss
  link.href = '#' + next;
  // ruleid: js/xss
  $('#back').attr('href', params.get('back'));
  // ok: js/xss
  $('#back').attr('title', params.get('back'));
  // ok: js/xss
  link.href = window.location.href;
}

async function loadNews() {
  const res = await fetch('/api/news');
  const items = await res.json();
  const list = document.getElementById('news');
  for (const item of items) {
    // ruleid: js/xss
    list.insertAdjacentHTML('beforeend', `<li>${item.title}</li>`);
    // ok: js/xss
    list.insertAdjacentHTML('beforeend', `<li>${DOMPurify.sanitize(item.title)}</li>`);
  }
  const { data } = await axios.get('/api/motd');
  // ruleid: js/xss
  document.getElementById('motd').innerHTML = data.message;
  // ok: js/xss
  document.getElementById('motd').textContent = data.message;
}

$.getJSON('/api/me', function (me) {
  // ruleid: js/xss
  $('#welcome').html('Welcome back, ' + me.displayName);
  // ok: js/xss
  $('#welcome-count').text(me.unread + ' unread');
});

// Server side: another site's page echoed to the client as HTML.
export async function proxyPage(req, res) {
  const upstream = await axios.get('https://cms.example.com/page', { responseType: 'text' });
  res.type('html');
  // ruleid: js/xss
  res.send(upstream.data);
}

export async function proxyJson(req, res) {
  const upstream = await axios.get('https://cms.example.com/page.json');
  // ok: js/xss
  res.send(upstream.data);
}

// A body built in the branch that declares the response JSON or plain text is sent as that type.
export function notFound(req, res) {
  const wanted = req.query.path;
  let body;
  if (/html/.test(req.headers.accept || '')) {
    body = '<p>Not found</p>';
    res.setHeader('Content-Type', 'text/html');
  } else if (/json/.test(req.headers.accept || '')) {
    body = JSON.stringify({ error: 'not found', path: wanted });
    res.setHeader('Content-Type', 'application/json');
  } else {
    body = 'Not found: ' + wanted;
    res.setHeader('Content-Type', 'text/plain');
  }
  // ok: js/xss
  res.end(body);
}

export function notFoundEchoed(req, res) {
  const wanted = req.query.path;
  let body;
  if (/json/.test(req.headers.accept || '')) {
    body = JSON.stringify({ error: 'not found' });
    res.setHeader('Content-Type', 'application/json');
  } else {
    body = '<p>Not found: ' + wanted + '</p>';
    res.setHeader('Content-Type', 'text/html');
  }
  // ruleid: js/xss
  res.end(body);
}
