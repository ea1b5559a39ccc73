// A directory listing: breadcrumb records keep their own fields, and a redirect page links to a
// same-site path.
const http = require('node:http');

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function crumbs(dirPath) {
  const list = [{ name: '~', href: '/' }];
  let href = '/';
  for (const part of dirPath.split('/').filter(Boolean)) {
    href += encodeURIComponent(part) + '/';
    list.push({ name: part, href });
  }
  return list;
}

function collapseLeadingSlashes(p) {
  return p.replace(/^[/\\]+/, '/');
}

http.createServer((req, res) => {
  const dir = decodeURIComponent(req.url.split('?')[0]);
  res.setHeader('Content-Type', 'text/html');
  if (req.headers['x-view'] === 'raw') {
    // The name goes in as it is.
    // ruleid: js/xss
    res.end(crumbs(dir).map((c) => `<a href="${c.href}">${c.name}</a>`).join(' / '));
  } else if (req.headers['x-view'] === 'moved') {
    const q = req.url.indexOf('?');
    const search = q === -1 ? '' : req.url.slice(q);
    const shown = escapeHtml(collapseLeadingSlashes(req.url.slice(0, q === -1 ? undefined : q)) + '/' + search);
    // ok: js/xss
    res.end(`<p>Moved to <a href="${shown}">${shown}</a></p>`);
  } else if (req.headers['x-view'] === 'next') {
    // A query value is not a path: `javascript:alert(1)` passes the replacement unchanged.
    const next = escapeHtml(new URL(req.url, 'http://localhost').searchParams.get('next').replace(/^[/\\]+/, '/'));
    // ruleid: js/xss
    res.end(`<p>Continue to <a href="${next}">${next}</a></p>`);
  } else {
    // ok: js/xss
    res.end(crumbs(dir).map((c) => `<a href="${c.href}">${escapeHtml(c.name)}</a>`).join(' / '));
  }
}).listen(8080);
