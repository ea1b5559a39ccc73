#!/usr/bin/env node
/**
 * Pre-commit latency (issue 14 target: < 200 ms wall): `vouch scan --staged --quiet` in a git
 * repository of npm's own CLI tree (≈1,100 JS files; `$(npm root -g)/npm`, node_modules renamed so
 * they count as ordinary folders) with one small staged edit. Each run edits and stages the file
 * again, so no run is a no-op. Reports medians of --runs (default 7) of wall and CPU (user + sys).
 *
 *   node bench/staged-latency.mjs [--runs 7] [--vouch bin/vouch.js[,other/bin/vouch.js…]] [--write]
 *
 * Several --vouch launchers are measured interleaved in the same run, so a before/after ratio is
 * taken under the same machine load (the machine is shared). Run `npm run build` first. Every run is
 * its own process (VOUCH_SCAN_DAEMON=0); `npm run bench` also measures runs answered by the warm daemon.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(REPO_ROOT, 'bench/.cache');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const runs = Math.max(1, Number(arg('--runs', '7')));
const launchers = arg('--vouch', path.join(REPO_ROOT, 'bin/vouch.js')).split(',').map((p) => path.resolve(p));

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** The npm CLI tree as a committed git repository (built once, kept in bench/.cache). */
function prepareRepo() {
  const src = path.join(sh('npm', ['root', '-g']).stdout.trim(), 'npm');
  const version = JSON.parse(readFileSync(path.join(src, 'package.json'), 'utf8')).version;
  const repo = path.join(CACHE, 'staged-latency-repo');
  const stamp = path.join(repo, '.bench-source');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== `${src}@${version}`) {
    rmSync(repo, { recursive: true, force: true });
    cpSync(src, repo, { recursive: true, dereference: false });
    const walk = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (!e.isDirectory()) continue;
        let p = path.join(dir, e.name);
        if (e.name === 'node_modules') { renameSync(p, path.join(dir, 'nm')); p = path.join(dir, 'nm'); }
        walk(p);
      }
    };
    walk(repo);
    writeFileSync(stamp, `${src}@${version}`);
    const g = (...a) => sh('git', ['-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', ...a], { cwd: repo });
    g('init', '-q');
    g('add', '-A');
    g('commit', '-qm', 'bench');
  }
  return { repo, version };
}

function firstSource(dir) {
  const stack = [dir];
  while (stack.length) {
    const d = stack.shift();
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isFile() && /\.js$/.test(e.name) && statSync(p).size < 20_000) return p;
      if (e.isDirectory() && e.name !== '.git') stack.push(p);
    }
  }
  throw new Error(`no source file under ${dir}`);
}

const { repo, version } = prepareRepo();
const files = Number(sh('git', ['ls-files'], { cwd: repo }).stdout.split('\n').filter(Boolean).length);
const victim = firstSource(repo);
const rel = path.relative(repo, victim);
const original = readFileSync(victim, 'utf8');
const tf = path.join(os.tmpdir(), `vouch-staged-time-${process.pid}`);

let n = 0;
function once(launcher) {
  writeFileSync(victim, `${original}\n// staged edit ${++n}\n`);
  sh('git', ['add', rel], { cwd: repo });
  const t0 = performance.now();
  const r = sh('/usr/bin/time', ['-f', '%U %S', '-o', tf, process.execPath, launcher, 'scan', '--staged', '--quiet'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VOUCH_SCAN_DAEMON: '0' } });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${launcher}: exit ${r.status}\n${r.stderr}`);
  const [user, sys] = readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000 };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
try {
  for (const l of launchers) once(l); // warm the OS file cache (and a compile cache, where there is one)
  const samples = new Map(launchers.map((l) => [l, []]));
  for (let i = 0; i < runs; i++) for (const l of launchers) samples.get(l).push(once(l));
  const result = {
    date: new Date().toISOString(), node: process.version, cores: os.availableParallelism(), loadAverage: os.loadavg()[0],
    repo: `npm CLI ${version}, ${files} tracked files`, runs, goalMs: 200,
    results: launchers.map((l) => ({
      vouch: path.relative(REPO_ROOT, l) || l,
      wallMedianMs: Math.round(median(samples.get(l).map((s) => s.ms))),
      wallMinMs: Math.round(Math.min(...samples.get(l).map((s) => s.ms))),
      cpuMedianMs: Math.round(median(samples.get(l).map((s) => s.cpuMs))),
    })),
  };
  console.log(JSON.stringify(result, null, 2));
  if (process.argv.includes('--write')) {
    mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, 'bench/results/staged-latency.json'), JSON.stringify(result, null, 2) + '\n');
  }
} finally {
  writeFileSync(victim, original);
  sh('git', ['reset', '-q', 'HEAD', '--', rel], { cwd: repo });
  rmSync(tf, { force: true });
}
