// Shared by the benchmarks that scan published npm packages (bench/noise.mjs, bench/cve.mjs) and
// score findings by weakness (bench/quality.mjs, bench/cve.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VOUCH = path.join(REPO_ROOT, 'bin/vouch.js');

/** Runs a command, returns its stdout, throws with its output when it fails. */
export function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Renames every `node_modules` below dir to `nm`, so bundled dependencies are scanned as ordinary folders. */
export function renameNodeModules(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    let p = path.join(dir, e.name);
    if (e.name === 'node_modules') { const q = path.join(dir, 'nm'); renameSync(p, q); p = q; }
    renameNodeModules(p);
  }
}

/**
 * The published tarball of name@version unpacked into `<cache>/trees/name@version` (fetched once
 * with `npm pack` into `<cache>/tarballs`; never installed, never run). Returns the directory.
 */
export function packageTree(cache, name, version) {
  const dir = path.join(cache, 'trees', `${name}@${version}`);
  if (existsSync(path.join(dir, 'package.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarballs = path.join(cache, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const file = path.join(tarballs, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`);
  if (!existsSync(file)) run('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', tarballs]);
  run('tar', ['-xzf', file, '-C', dir, '--strip-components=1']);
  renameNodeModules(dir);
  return dir;
}

/** Rule metadata from `vouch rules --json` (or a saved copy): Map<ruleId, { cwes, analyzer }>. */
export function loadRules(file) {
  let text;
  if (file) text = readFileSync(file, 'utf8');
  else {
    const r = spawnSync(process.execPath, [VOUCH, 'rules', '--json'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`vouch rules --json exited with ${r.status}:\n${(r.stderr || '').slice(0, 4000)}`);
    text = r.stdout;
  }
  const parsed = JSON.parse(text);
  const list = Array.isArray(parsed) ? parsed : parsed.rules ?? [];
  return new Map(list.map((rule) => [rule.id, { cwes: (rule.cwe ?? []).map(Number), analyzer: rule.analyzer }]));
}
