const { app } = require('@azure/functions');

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

app.http('greeting', {
  methods: ['GET'],
  route: 'greeting',
  handler: async (req) => {
    const name = req.query.get('name') || 'there';
    return {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      // ruleid: js/xss
      body: `<html><body><h1>Hello ${name}</h1></body></html>`,
    };
  },
});

app.get('greetingEscaped', {
  route: 'greeting/escaped',
  handler: async (httpRequest) => {
    const name = httpRequest.query.get('name') || 'there';
    const html = `<html><body><h1>Hello ${escapeHtml(name)}</h1></body></html>`;
    // ok: js/xss
    return { status: 200, body: html, headers: { 'content-type': 'text/html' } };
  },
});

app.http('greetingText', {
  methods: ['POST'],
  route: 'greeting/text',
  handler: async (request) => {
    const { name } = await request.json();
    // Sent as text/plain (no HTML content type), and as JSON.
    // ok: js/xss
    return { status: 200, body: `Hello ${name}`, headers: { 'content-type': 'text/plain' } };
  },
});
