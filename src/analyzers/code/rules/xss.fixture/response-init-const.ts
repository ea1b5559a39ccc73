// `new Response(body, init)` with the init's headers in a constant of the file.
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8' };
const JSON_HEADERS = { 'content-type': 'application/json' };

export function handle(request: Request): Response {
  const name = new URL(request.url).searchParams.get('name') ?? '';
  if (request.method === 'POST') {
    // ok: js/xss
    return new Response(JSON.stringify({ name }), { headers: JSON_HEADERS });
  }
  // ruleid: js/xss
  return new Response(`<p>Hello ${name}</p>`, { headers: HTML_HEADERS });
}
