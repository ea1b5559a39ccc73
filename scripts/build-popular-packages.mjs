#!/usr/bin/env node
// Builds data/popular-npm.json and data/popular-pypi.json: the most-downloaded package names,
// against which `deps/typosquat` compares a dependency's name; and data/downloads-npm.json: the
// monthly downloads of every npm package above --min-downloads, a candidate's own standing (a name
// that is itself much used is not a typosquat of its neighbour); data/rank-pypi.json: the same
// standing for PyPI, whose list gives a download rank (among the 15,000 most downloaded) instead.
// Input: the package lists under /work/.library/env/packages/ (tab-separated, first line names
// the columns): npm.tsv has `downloads_a_month`, pypi.tsv has `rank_among_15000_most_downloaded`.
// Usage: node scripts/build-popular-packages.mjs [--npm N] [--pypi N] [--min-downloads N] [--source DIR]
import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const source = opt('source', '/work/.library/env/packages');
const topNpm = Number(opt('npm', 5000));
const topPypi = Number(opt('pypi', 3000));
const minDownloads = Number(opt('min-downloads', 100_000));

async function readTsv(file, onRow) {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let columns;
  for await (const line of rl) {
    const cells = line.split('\t');
    if (!columns) { columns = cells; continue; }
    const row = {};
    columns.forEach((c, i) => { row[c] = cells[i] ?? ''; });
    onRow(row);
  }
}

/** Two significant digits: the standing only needs the order of magnitude, and the file stays small. */
function round2(n) {
  if (n < 100) return n;
  const p = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

async function build(file, column, order, top, keepAbove) {
  const rows = [];
  await readTsv(file, (row) => {
    const value = Number(row[column]);
    if (row.name && row[column] !== '' && Number.isFinite(value)) rows.push({ name: row.name, value });
  });
  // Downloads: most first. Rank: lowest first. Ties by name so the output is reproducible.
  rows.sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value) || a.name.localeCompare(b.name));
  const seen = new Set();
  const names = [];
  const standing = { names: [], downloads: [] };
  for (const r of rows) {
    if (seen.has(r.name)) continue;
    seen.add(r.name);
    if (names.length < top) names.push(r.name);
    if (order === 'asc') { standing.names.push(r.name); standing.downloads.push(r.value); continue; } // every ranked name has standing
    if (keepAbove !== undefined && r.value >= keepAbove) { standing.names.push(r.name); standing.downloads.push(round2(r.value)); }
    if (names.length >= top && (keepAbove === undefined || r.value < keepAbove)) break;
  }
  return { names, standing, sourceDate: statSync(file).mtime.toISOString().slice(0, 10) };
}

mkdirSync('data', { recursive: true });
const generated = new Date().toISOString().slice(0, 10);
const npm = await build(join(source, 'npm.tsv'), 'downloads_a_month', 'desc', topNpm, minDownloads);
writeFileSync('data/popular-npm.json', JSON.stringify({
  ecosystem: 'npm', generated, sourceDate: npm.sourceDate, source: 'npm.tsv (downloads_a_month)',
  script: 'scripts/build-popular-packages.mjs', count: npm.names.length, names: npm.names,
}, null, 0) + '\n');
writeFileSync('data/downloads-npm.json', JSON.stringify({
  ecosystem: 'npm', generated, sourceDate: npm.sourceDate, source: 'npm.tsv (downloads_a_month, two significant digits)',
  script: 'scripts/build-popular-packages.mjs', minDownloads, count: npm.standing.names.length,
  names: npm.standing.names, downloads: npm.standing.downloads,
}, null, 0) + '\n');
const pypi = await build(join(source, 'pypi.tsv'), 'rank_among_15000_most_downloaded', 'asc', topPypi);
writeFileSync('data/popular-pypi.json', JSON.stringify({
  ecosystem: 'PyPI', generated, sourceDate: pypi.sourceDate, source: 'pypi.tsv (rank_among_15000_most_downloaded)',
  script: 'scripts/build-popular-packages.mjs', count: pypi.names.length, names: pypi.names,
}, null, 0) + '\n');
writeFileSync('data/rank-pypi.json', JSON.stringify({
  ecosystem: 'PyPI', generated, sourceDate: pypi.sourceDate, source: 'pypi.tsv (rank_among_15000_most_downloaded)',
  script: 'scripts/build-popular-packages.mjs', count: pypi.standing.names.length,
  names: pypi.standing.names, ranks: pypi.standing.downloads,
}, null, 0) + '\n');
console.log(`npm: ${npm.names.length} names (${npm.standing.names.length} with downloads), PyPI: ${pypi.names.length} names (${pypi.standing.names.length} ranked)`);
