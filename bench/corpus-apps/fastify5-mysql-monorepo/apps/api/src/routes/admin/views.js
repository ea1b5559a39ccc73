import { escapeHtml, html, raw } from '@castbase/shared/html';

export function layout(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} · castbase admin</title>
  <link rel="stylesheet" href="/assets/admin.css">
</head>
<body>
  <nav><a href="/admin">Dashboard</a> <a href="/admin/shows">Shows</a> <a href="/admin/episodes/search">Search</a></nav>
  <main>${body}</main>
</body>
</html>`;
}

export function loginPage(error, next) {
  return layout(
    'Sign in',
    html`<form method="post" action="/admin/login">
      ${error ? raw(`<p class="error">${escapeHtml(error)}</p>`) : ''}
      <input type="hidden" name="next" value="${next ?? '/admin'}">
      <label>E-mail <input name="email" type="email" required></label>
      <label>Password <input name="password" type="password" required></label>
      <button>Sign in</button>
    </form>`,
  );
}

/** Recent episodes across all shows (titles are written by creators). */
export function episodeTable(rows) {
  const body = rows
    .map((r) => `<tr><td>${r.id}</td><td>${r.title}</td><td>${escapeHtml(r.show_title)}</td><td>${escapeHtml(r.status)}</td></tr>`)
    .join('');
  return `<table class="grid"><thead><tr><th>#</th><th>Title</th><th>Show</th><th>Status</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** Shows list, rendered with the escaping `html` tag. */
export function showTable(rows) {
  return html`<table class="grid">
    <thead><tr><th>#</th><th>Slug</th><th>Title</th><th>Owner</th></tr></thead>
    <tbody>${rows.map((r) => raw(html`<tr><td>${r.id}</td><td>${r.slug}</td><td>${r.title}</td><td>${r.owner_email}</td></tr>`))}</tbody>
  </table>`;
}
