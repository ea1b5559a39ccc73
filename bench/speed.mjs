#!/usr/bin/env node
// Speed benchmark: scans a large real JS/TS tree (sources of pinned popular npm packages, fetched
// with `npm pack` into bench/.cache/) with `vouch scan --only code` at --jobs 1 and 2, and reports
// files, lines, MB, wall time, lines/s, lines/s per core, MB/s and max RSS. Cold: the scan cache is
// off (--no-cache), so every run analyses every file.
//
//   node bench/speed.mjs [--jobs 1,2] [--keep-minified] [--out FILE]
//
// Target (issue 3): >= 35,000 lines/s per core and < 1 GB RSS.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(REPO_ROOT, 'bench/.cache');
const TARBALLS = path.join(CACHE, 'tarballs');
const TREE = path.join(CACHE, 'tree');

// Pinned versions: the tree must be the same on every run so figures compare.
const PACKAGES = [
  'express@4.21.2',
  'lodash@4.17.21',
  'react-dom@18.3.1',
  '@babel/core@7.26.0',
  '@babel/parser@7.26.3',
  '@babel/traverse@7.26.4',
  'webpack@5.97.1',
  'eslint@9.17.0',
  'rxjs@7.8.1',
  'three@0.171.0',
  'mongoose@8.9.0',
  'sequelize@6.37.5',
  'date-fns@4.1.0',
  'fastify@5.2.0',
  'koa@2.15.3',
  'axios@1.7.9',
];

const SOURCE_RE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const MINIFIED_RE = /[.-]min\.(?:js|mjs|cjs)$/;

function parseArgs(argv) {
  const opts = { jobs: [1, 2], keepMinified: false, out: path.join(REPO_ROOT, 'bench/results/speed.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jobs') opts.jobs = argv[++i].split(',').map((n) => Number.parseInt(n, 10)).filter((n) => n > 0);
    else if (a === '--keep-minified') opts.keepMinified = true;
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node bench/speed.mjs [--jobs 1,2] [--keep-minified] [--out FILE]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

const dirNameOf = (spec) => spec.replace(/^@/, '').replace(/[/@]/g, '_');

/** npm pack each pinned package (cached) and extract it under bench/.cache/tree/<name>/. */
function obtainTree(keepMinified) {
  mkdirSync(TARBALLS, { recursive: true });
  mkdirSync(TREE, { recursive: true });
  for (const spec of PACKAGES) {
    const dest = path.join(TREE, dirNameOf(spec));
    if (existsSync(path.join(dest, '.complete'))) continue;
    const before = new Set(readdirSync(TARBALLS));
    let tarball = readdirSync(TARBALLS).find((f) => f === `${dirNameOf(spec)}.tgz`);
    if (!tarball) {
      process.stderr.write(`npm pack ${spec}\n`);
      const r = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', TARBALLS], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm pack ${spec} failed: ${r.stderr}`);
      const created = readdirSync(TARBALLS).find((f) => !before.has(f) && f.endsWith('.tgz')) ?? r.stdout.trim().split('\n').pop();
      tarball = `${dirNameOf(spec)}.tgz`;
      if (created !== tarball) spawnSync('mv', [path.join(TARBALLS, created), path.join(TARBALLS, tarball)]);
    }
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(dest, { recursive: true });
    const x = spawnSync('tar', ['-xzf', path.join(TARBALLS, tarball), '-C', dest, '--strip-components=1'], { encoding: 'utf8' });
    if (x.status !== 0) throw new Error(`extracting ${tarball} failed: ${x.stderr}`);
    writeFileSync(path.join(dest, '.complete'), spec + '\n');
  }
  // Minified bundles duplicate the readable sources beside them; they are removed so the figures
  // measure real code (keep them with --keep-minified).
  let removedMinified = 0;
  if (!keepMinified) {
    walk(TREE, (abs) => {
      if (MINIFIED_RE.test(abs)) {
        unlinkSync(abs);
        removedMinified++;
      }
    });
  }
  return removedMinified;
}

function walk(dir, visit) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs, visit);
    else if (e.isFile()) visit(abs);
  }
}

/** Our own count of the source tree, to cross-check the scanner's stats. */
function measureTree() {
  let files = 0;
  let lines = 0;
  let bytes = 0;
  walk(TREE, (abs) => {
    if (!SOURCE_RE.test(abs)) return;
    const buf = readFileSync(abs);
    files++;
    bytes += buf.length;
    let n = 0;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
    if (buf.length && buf[buf.length - 1] !== 10) n++;
    lines += n;
  });
  return { files, lines, bytes };
}

/** Runs the CLI in a child node process that reports its own peak RSS (threads included) on exit. */
function runScan(jobs, configPath, reportPath, rssPath) {
  const wrapper = `
    const fs = require('node:fs');
    process.on('exit', () => {
      fs.writeFileSync(${JSON.stringify(rssPath)}, String(process.resourceUsage().maxRSS));
    });
    process.argv = [process.argv[0], ${JSON.stringify(path.join(REPO_ROOT, 'bin/vouch.js'))}, ...process.argv.slice(1)];
    import(${JSON.stringify(path.join(REPO_ROOT, 'bin/vouch.js'))});
  `;
  const args = ['-e', wrapper, 'scan', TREE, '--root', TREE, '--only', 'code', '--format', 'json', '--fail-on', 'none',
    '--jobs', String(jobs), '--config', configPath, '--output', `json=${reportPath}`, '--quiet', '--no-cache'];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakHwmKb = 0;
    // Second opinion on peak memory: poll the kernel's high-water mark while it runs.
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakHwmKb = Math.max(peakHwmKb, Number(m[1]));
      } catch {
        // the process has already gone
      }
    }, 100);
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1 && !(code === 3 && existsSync(reportPath))) return reject(new Error(`vouch scan --jobs ${jobs} exited ${code}: ${stderr.slice(0, 2000)}`));
      const maxRssKb = existsSync(rssPath) ? Number(readFileSync(rssPath, 'utf8')) : null;
      resolve({ seconds, maxRssKb, peakHwmKb: peakHwmKb || null, exitCode: code });
    });
  });
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const removedMinified = obtainTree(opts.keepMinified);
  const tree = measureTree();
  const tmp = path.join(os.tmpdir(), `vouch-speed-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  // Packages ship their code in dist/, build/ and vendor/ folders; scan all of it.
  const configPath = path.join(tmp, 'vouch-speed.yml');
  writeFileSync(configPath, [
    'skip:',
    '  nodeModules: true',
    '  buildOutput: false',
    `  minified: ${opts.keepMinified ? 'true' : 'false'}`,
    '  vendored: false',
    '  gitignored: false',
    'maxFileSize: 8388608',
    // Files the parser rejects are reported in the figures; they must not abort the benchmark.
    'scanErrors: warn',
    '',
  ].join('\n'));

  process.stdout.write(`tree: ${PACKAGES.length} packages, ${fmt(tree.files)} JS/TS files, ${fmt(tree.lines)} lines, ${fmt(tree.bytes / 1e6, 1)} MB` +
    (removedMinified ? ` (${removedMinified} *.min.js bundles removed)` : '') + `\n`);
  process.stdout.write(`machine: ${os.cpus().length} cores, node ${process.version}\n\n`);

  const runs = [];
  try {
    for (const jobs of opts.jobs) {
      const reportPath = path.join(tmp, `report-${jobs}.json`);
      const rssPath = path.join(tmp, `rss-${jobs}.txt`);
      const loadBefore = os.loadavg()[0];
      const r = await runScan(jobs, configPath, reportPath, rssPath);
      const report = JSON.parse(readFileSync(reportPath, 'utf8'));
      const stats = report.stats ?? {};
      const notices = report.notices ?? [];
      const lines = stats.linesScanned ?? tree.lines;
      const bytes = stats.bytesScanned ?? tree.bytes;
      const run = {
        jobs,
        wallSeconds: r.seconds,
        scannerDurationMs: stats.durationMs ?? null,
        filesDiscovered: stats.filesDiscovered ?? null,
        filesScanned: stats.filesScanned ?? null,
        filesSkipped: stats.filesSkipped ?? null,
        filesWithErrors: stats.filesWithErrors ?? null,
        skippedReasons: countBy(notices.filter((n) => n.level === 'skipped').map((n) => n.reason.replace(/\d[\d.,]*\s*\w*B/g, 'N'))),
        errorNotices: notices.filter((n) => n.level === 'error').length,
        errorFiles: notices.filter((n) => n.level === 'error').map((n) => `${n.path}: ${n.reason}`).slice(0, 20),
        exitCode: r.exitCode,
        lines,
        megabytes: bytes / 1e6,
        linesPerSecond: lines / r.seconds,
        linesPerSecondPerCore: lines / r.seconds / jobs,
        megabytesPerSecond: bytes / 1e6 / r.seconds,
        maxRssMB: r.maxRssKb ? r.maxRssKb / 1024 : null,
        peakVmHwmMB: r.peakHwmKb ? r.peakHwmKb / 1024 : null,
        findings: (report.findings ?? []).length,
        // The machine is shared: a 1-minute load average above the core count means other work
        // competed for the CPU and the figures understate the scanner.
        loadAverage1mBefore: loadBefore,
        loadAverage1mAfter: os.loadavg()[0],
      };
      runs.push(run);
      process.stdout.write(`--jobs ${jobs}: ${fmt(run.filesScanned ?? 0)} files scanned, ${fmt(run.filesSkipped ?? 0)} skipped, ${run.errorNotices} errors; ` +
        `${fmt(lines)} lines, ${fmt(run.megabytes, 1)} MB in ${fmt(r.seconds, 2)} s\n` +
        `  ${fmt(run.linesPerSecond)} lines/s (${fmt(run.linesPerSecondPerCore)} per core), ${fmt(run.megabytesPerSecond, 2)} MB/s, ` +
        `max RSS ${run.maxRssMB ? fmt(run.maxRssMB) : '?'} MB (VmHWM ${run.peakVmHwmMB ? fmt(run.peakVmHwmMB) : '?'} MB), ${run.findings} findings, ` +
        `load ${fmt(run.loadAverage1mBefore, 1)} -> ${fmt(run.loadAverage1mAfter, 1)}\n`);
      if (Object.keys(run.skippedReasons).length) process.stdout.write(`  skipped: ${JSON.stringify(run.skippedReasons)}\n`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const target = { linesPerSecondPerCore: 35000, maxRssMB: 1024 };
  const verdict = runs.map((r) => ({
    jobs: r.jobs,
    linesPerSecondPerCore: r.linesPerSecondPerCore >= target.linesPerSecondPerCore,
    rss: r.maxRssMB !== null && r.maxRssMB < target.maxRssMB,
  }));
  process.stdout.write(`\ntarget: >= ${fmt(target.linesPerSecondPerCore)} lines/s per core, < ${target.maxRssMB} MB RSS: ` +
    verdict.map((v) => `jobs ${v.jobs} ${v.linesPerSecondPerCore && v.rss ? 'met' : 'NOT met'}`).join(', ') + '\n');

  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify({
    generatedAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
    packages: PACKAGES,
    tree: { ...tree, megabytes: tree.bytes / 1e6, removedMinified },
    target,
    runs,
    verdict,
  }, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(process.cwd(), opts.out)}\n`);
}

function countBy(items) {
  const out = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

main().catch((err) => {
  process.stderr.write(`speed: ${err.message}\n`);
  process.exitCode = 2;
});
