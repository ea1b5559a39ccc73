'use strict';

const fs = require('fs/promises');
const path = require('path');
const { escapeHtml, page, formatSize } = require('./html');

async function readEntries(dir) {
  // vuln: CWE-22
  const names = await fs.readdir(dir);
  const entries = await Promise.all(
    names
      .filter((name) => !name.startsWith('.'))
      .map(async (name) => {
        const stat = await fs.stat(path.join(dir, name)).catch(() => null);
        return stat && { name, isDir: stat.isDirectory(), size: stat.size, mtime: stat.mtime };
      }),
  );
  return entries.filter(Boolean).sort((a, b) => (a.isDir === b.isDir ? a.name.localeCompare(b.name) : a.isDir ? -1 : 1));
}

/** GET /some/dir/?filter=<pattern>  – "ls" for the browser. */
async function renderDirectory(res, dir, pathname, query) {
  let entries = await readEntries(dir);
  if (query.filter) {
    // vuln: CWE-1333
    entries = entries.filter((e) => new RegExp(query.filter).test(e.name));
  }
  const base = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const rows = entries
    .map((e) => {
      const href = encodeURI(base + e.name) + (e.isDir ? '/' : '');
      const size = e.isDir ? '-' : formatSize(e.size);
      // safe: CWE-79
      return `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(e.name)}${e.isDir ? '/' : ''}</a></td><td class="muted">${size}</td><td class="muted">${e.mtime.toISOString()}</td></tr>`;
    })
    .join('\n');
  const parent = base === '/' ? '' : `<tr><td><a href="../">../</a></td></tr>`;
  const html = page(`Index of ${pathname}`, `
<h1>Index of ${base}</h1>
<form><input name="filter" placeholder="filter (regex)" value="${escapeHtml(query.filter || '')}"></form>
<table>${parent}${rows}</table>`);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  // vuln: CWE-79
  res.end(html);
}

module.exports = { renderDirectory };
