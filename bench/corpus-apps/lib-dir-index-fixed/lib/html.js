import { formatSize } from './mime.js';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
td{padding:.15rem 1rem .15rem 0}a{text-decoration:none}.dir a{font-weight:600}.size,.mtime{color:#666}`;

// "/docs/api/" -> [{ name: '~', href: '/' }, { name: 'docs', href: '/docs/' }, { name: 'api', href: '/docs/api/' }]
function breadcrumbs(dirPath) {
  const parts = dirPath.split('/').filter(Boolean);
  const crumbs = [{ name: '~', href: '/' }];
  let href = '/';
  for (const part of parts) {
    href += encodeURIComponent(part) + '/';
    crumbs.push({ name: part, href });
  }
  return crumbs;
}

/**
 * The listing page. `dirPath` is the decoded request path of the directory, `entries` are
 * `{ name, dir, size, mtime }` objects read from the file system.
 */
export function renderListing(dirPath, entries, { title = 'Index of' } = {}) {
  const nav = breadcrumbs(dirPath)
    .map((c) => `<a href="${c.href}">${escapeHtml(c.name)}</a>`)
    .join(' / ');
  const rows = entries
    .map((e) => {
      const href = encodeURIComponent(e.name) + (e.dir ? '/' : '');
      const size = e.dir ? '-' : formatSize(e.size);
      const mtime = e.mtime ? e.mtime.toISOString().slice(0, 16).replace('T', ' ') : '';
      return `<tr class="${e.dir ? 'dir' : 'file'}"><td><a href="${href}">${escapeHtml(e.name)}${e.dir ? '/' : ''}</a></td>` +
        `<td class="size">${size}</td><td class="mtime">${mtime}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)} ${escapeHtml(dirPath)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)} ${nav}</h1>
<table>
${dirPath !== '/' ? '<tr class="dir"><td><a href="../">../</a></td><td></td><td></td></tr>' : ''}
${rows}
</table></body></html>`;
}
