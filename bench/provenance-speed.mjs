#!/usr/bin/env node
// Provenance speed: builds a 10,000-commit repository with `git fast-import` (AI trailers,
// agent authors, markers, a git-ai note), then times
//   1. `vouch provenance --json` over the whole tree (blame every file + one batched git log),
//   2. a pre-commit run on a typical staged change: `vouch scan --staged` (the hook's command)
//      and `vouch provenance trailer` (the prepare-commit-msg hook).
// Usage: npm run build && node bench/provenance-speed.mjs [--commits N] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const COMMITS = Number(args[args.indexOf('--commits') + 1]) || 10_000;
const FILES = 300;
const repoRoot = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'vouch-prov-bench-'));

// Deterministic pseudo-random numbers, so runs are comparable.
let seed = 42;
const rnd = (n) => { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};

const AUTHORS = [
  { who: 'Alice Human <alice@example.com>', msg: '' },
  { who: 'Bob Human <bob@example.com>', msg: '' },
  { who: 'Carol Human <carol@example.com>', msg: '\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>' },
  { who: 'Dave Human <dave@example.com>', msg: '\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)' },
  { who: 'Copilot <198982749+Copilot@users.noreply.github.com>', msg: '' },
  { who: 'Eve Human <eve@example.com>', msg: '\n\nAssisted-by: Cursor:gpt-5' },
];

function buildRepo() {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const files = Array.from({ length: FILES }, () => []);
  let out = [];
  let size = 0;
  const streamFile = join(dir, '..', `${dir.split('/').pop()}.fi`);
  writeFileSync(streamFile, '');
  const flush = () => { appendFileSync(streamFile, out.join('')); out = []; size = 0; };
  const t0 = 1_735_689_600; // 2025-01-01
  for (let c = 1; c <= COMMITS; c++) {
    const f = rnd(FILES);
    const lines = files[f];
    const a = AUTHORS[rnd(AUTHORS.length)];
    // A typical edit: change a line or two and append a few.
    if (lines.length > 3) {
      const at = rnd(lines.length);
      // Only whole statements are rewritten, so every file stays valid TypeScript.
      if (lines[at].startsWith('export const ')) lines[at] = `export const v${c} = ${rnd(1000)}; // edited`;
    }
    const add = 1 + rnd(4);
    if (rnd(20) === 0) lines.push(`// AI-GENERATED: Windsurf (swe-1, 2025-06-01)`, `export function gen${c}(x) {`, `  return x + ${c};`, `}`);
    for (let i = 0; i < add; i++) lines.push(`export const c${c}_${i} = ${rnd(100000)};`);
    const content = lines.join('\n') + '\n';
    const msg = `change ${c}${a.msg}\n`;
    const ts = t0 + c * 600;
    out.push(`commit refs/heads/main\nmark :${c}\nauthor ${a.who} ${ts} +0000\ncommitter ${a.who} ${ts} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`);
    if (c > 1) out.push(`from :${c - 1}\n`);
    out.push(`M 100644 inline src/mod${String(f).padStart(3, '0')}.ts\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    size += content.length;
    if (size > 8_000_000) flush();
  }
  flush();
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: readFileSync(streamFile) });
  rmSync(streamFile);
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', 'Bench'], { cwd: dir });
  execFileSync('git', ['config', 'user.email', 'bench@example.com'], { cwd: dir });
  // One git-ai note on HEAD, so the notes path is exercised too.
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const changed = execFileSync('git', ['show', '--name-only', '--format=', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  execFileSync('git', ['notes', '--ref=refs/notes/ai', 'add', '-m', `${changed}\n  0123456789abcdef 1-2\n---\n{"schema_version":"authorship/3.0.0","base_commit_sha":"${head}","prompts":{"0123456789abcdef":{"agent_id":{"tool":"cursor","id":"s","model":"gpt-5"},"messages":[]}}}`, head], { cwd: dir });
}

function time(label, fn, runs = 3) {
  const ms = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    last = fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms (min ${ms[0].toFixed(0)}, max ${ms[ms.length - 1].toFixed(0)}, ${runs} runs)`);
  return last;
}

/** Run one command module in a fresh node process, as the CLI does. */
function cli(module, cmdArgs, input) {
  const dist = pathToFileURL(join(repoRoot, 'dist/src/cli/commands', `${module}.js`)).href;
  const commander = pathToFileURL(join(repoRoot, 'node_modules/commander/esm.mjs')).href;
  const script = `const { Command } = await import('${commander}'); const m = await import('${dist}'); const p = new Command(); m.register(p); await p.parseAsync(['node','vouch',...JSON.parse(process.env.A)]);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, A: JSON.stringify([module, ...cmdArgs]) } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${module} ${cmdArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

try {
  let t = process.hrtime.bigint();
  buildRepo();
  const count = execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  const tracked = execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
  const lineCount = tracked.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').length - 1, 0);
  console.log(`repo: ${count} commits, ${tracked.length} files, ${lineCount} lines, built in ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);

  const r = time('vouch provenance --json (whole tree, cold process)', () => cli('provenance', ['--json']), 3);
  const out = JSON.parse(r.stdout);
  console.log(`  attributed ${out.totals.lines} lines, ${out.totals.aiLines} AI-written (${(100 * out.totals.aiLines / out.totals.lines).toFixed(1)}%), ${out.notices.length} notices`);
  // The same work in-process (no node start-up, no CLI module loading).
  const { buildProvenanceAsync, attachOrigins } = await import(pathToFileURL(join(repoRoot, 'dist/src/provenance/attribute.js')).href);
  const { defaultConfig } = await import(pathToFileURL(join(repoRoot, 'dist/src/config/schema.js')).href);
  const inProc = [];
  for (let i = 0; i < 3; i++) {
    const t1 = process.hrtime.bigint();
    await buildProvenanceAsync(dir, tracked, defaultConfig());
    inProc.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  inProc.sort((a, b) => a - b);
  console.log(`buildProvenanceAsync in-process (whole tree): median ${inProc[1].toFixed(0)} ms, ${(inProc[1] / tracked.length).toFixed(1)} ms/file`);
  const one = tracked[7];
  const oneRun = time(`vouch provenance ${one} (one file, ${readFileSync(join(dir, one), 'utf8').split('\n').length - 1} lines)`, () => cli('provenance', [one]), 5);
  if (!oneRun.stdout.includes(one)) throw new Error(`provenance did not attribute ${one}: ${oneRun.stdout}${oneRun.stderr}`);

  // A typical staged change: three files, a few lines each, one with an AI marker.
  const [f1, f2, f3] = tracked;
  for (const [f, extra] of [[f1, '// AI-GENERATED: Claude Code (claude-sonnet-4-5, 2026-11-24)\nexport function added(a) {\n  return a * 2;\n}\n'], [f2, 'export const more = 1;\n'], [f3, 'export const z = 3;\nexport const y = 4;\n']]) {
    appendFileSync(join(dir, f), extra);
  }
  execFileSync('git', ['add', f1, f2, f3], { cwd: dir });
  writeFileSync(join(dir, '.msg'), 'wip\n');
  const fake = () => [{ ruleId: 'x', message: 'm', severity: 'high', confidence: 'high', snippet: '', fingerprint: 'f', status: 'new', location: { path: f1, startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 } }];
  time('attachOrigins in-process (one finding, whole-file blame)', () => attachOrigins(fake(), dir, defaultConfig()), 5);
  const { runProvenanceStage } = await import(pathToFileURL(join(repoRoot, 'dist/src/provenance/stage.js')).href);
  const stagedFiles = [f1, f2, f3].map((p) => ({ path: p, content: execFileSync('git', ['show', `:${p}`], { cwd: dir, encoding: 'utf8' }) }));
  const stageMs = [];
  for (let i = 0; i < 5; i++) {
    const t1 = process.hrtime.bigint();
    await runProvenanceStage({ root: dir, config: defaultConfig(), findings: fake(), files: stagedFiles, staged: true });
    stageMs.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  stageMs.sort((a, b) => a - b);
  console.log(`provenance stage of a staged scan in-process (change + finding lines, blame -L): median ${stageMs[2].toFixed(0)} ms (min ${stageMs[0].toFixed(0)}, max ${stageMs[4].toFixed(0)})`);
  time('prepare-commit-msg: vouch provenance trailer', () => cli('provenance', ['trailer', '.msg']), 5);
  time('vouch provenance --staged', () => cli('provenance', ['--staged']), 5);
  const bin = join(repoRoot, 'bin/vouch.js');
  const hook = () => spawnSync(process.execPath, [bin, 'scan', '--staged', '--quiet', '--offline'], { cwd: dir, encoding: 'utf8' });
  const probe = hook();
  if (probe.status === 0 || probe.status === 1) time('pre-commit hook: vouch scan --staged (whole process)', hook, 5);
  else console.log(`pre-commit hook: vouch scan --staged unavailable (exit ${probe.status}): ${probe.stderr.trim().slice(0, 400)} ${probe.stdout.trim().slice(-400)}`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
