#!/usr/bin/env node
/**
 * Wall time of one whole `vouch hook claude-code` process (start-up, event parsing, scanning the
 * file before and after the edit in memory, the ledger record, exit) on a 300-line Express file in
 * a git repository. Goal from issue 15: < 300 ms. Runs a safe edit (exit 0) and a vulnerable edit
 * (exit 2) --runs N times each (default 15) and reports the median and 90th percentile.
 * Run `npm run build` first; `--write` stores the result in bench/results/hook-latency.json.
 * `--vouch A/bin/vouch.js,B/bin/vouch.js` measures several launchers interleaved in the same run
 * (before/after ratios under the same load on a shared machine); the default is this checkout's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os, { tmpdir, availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const vouchArg = process.argv.indexOf('--vouch');
const launchers = (vouchArg > 0 ? process.argv[vouchArg + 1] : join(process.cwd(), 'bin/vouch.js')).split(',').map((p) => resolve(p));
const dir = mkdtempSync(join(tmpdir(), 'vouch-hook-bench-'));
execFileSync('git', ['init', '-q'], { cwd: dir });

// A realistic route module: 30 handlers of 10 lines (validation, a parameterised query, a response).
const handler = (i) => `
router.get('/items/${i}/:id', async (req, res, next) => {
  try {
    const id = Number.parseInt(req.params.id, 10);
    if (!Number.isInteger(id)) return res.status(400).json({ error: 'bad id' });
    const { rows } = await pool.query('SELECT * FROM items_${i} WHERE id = $1', [id]);
    if (rows.length === 0) return res.status(404).end();
    res.json(rows[0]);
  } catch (err) { next(err); }
});`;
const head = "const express = require('express');\nconst { Pool } = require('pg');\nconst pool = new Pool();\nconst router = express.Router();";
const text = [head, ...Array.from({ length: 30 }, (_, i) => handler(i)), 'module.exports = router;', ''].join('\n');
const lines = text.split('\n').length;
mkdirSync(join(dir, 'src'));
const file = join(dir, 'src/routes.js');
writeFileSync(file, text);

const oldString = "const { rows } = await pool.query('SELECT * FROM items_15 WHERE id = $1', [id]);";
const edits = {
  safe: "const { rows } = await pool.query('SELECT id, name FROM items_15 WHERE id = $1', [id]);",
  vulnerable: "const { rows } = await pool.query('SELECT * FROM items_15 WHERE id = ' + req.params.id);",
};
const event = (newString) => JSON.stringify({
  session_id: 'bench', transcript_path: join(dir, 't.jsonl'), cwd: dir, hook_event_name: 'PreToolUse',
  tool_name: 'Edit', tool_input: { file_path: file, old_string: oldString, new_string: newString },
});

// bash's `time` reports the hook's CPU (user + sys): on a loaded machine wall time mostly measures the queue.
const cmd = (launcher) => `TIMEFORMAT='%U %S'; time "${process.execPath}" "${launcher}" hook claude-code`;
// Two modes: every run in its own process (VOUCH_HOOK_DAEMON=0), and answered by the warm hook
// daemon the first run leaves behind (its socket in a private runtime directory removed at the end,
// which stops it). The daemon's CPU is not in the hook process's `time`: it is reported separately.
const runtimeDir = mkdtempSync(join(tmpdir(), 'vouch-hook-bench-rt-'));
const modes = { inProcess: { VOUCH_HOOK_DAEMON: '0' }, daemon: { VOUCH_HOOK_DAEMON: '1', XDG_RUNTIME_DIR: runtimeDir } };
let mode = 'inProcess';
function once(kind, launcher) {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', cmd(launcher)], { cwd: dir, input: event(edits[kind]), encoding: 'utf8', env: { ...process.env, ...modes[mode] } });
  const ms = performance.now() - t0;
  const lines = r.stderr.trim().split('\n');
  const [user, sys] = lines.pop().split(' ').map(Number);
  const expected = kind === 'safe' ? 0 : 2;
  if (r.status !== expected) throw new Error(`${kind} edit: exit ${r.status}, expected ${expected}: ${lines.join('\n')}`);
  if (kind === 'vulnerable' && !/js\/sql-injection/.test(r.stderr)) throw new Error(`vulnerable edit without js/sql-injection: ${r.stderr}`);
  return { ms, cpuMs: (user + sys) * 1000 };
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]); };
const result = { date: new Date().toISOString(), node: process.version, cores: availableParallelism(), loadAverage: os.loadavg()[0], fileLines: lines, runs, goalMs: 300 };
const summary = (samples) => {
  const wall = samples.map((x) => x.ms);
  const cpu = samples.map((x) => x.cpuMs);
  return { wallMedianMs: pct(wall, 0.5), wallP90Ms: pct(wall, 0.9), wallMinMs: Math.round(Math.min(...wall)), cpuMedianMs: pct(cpu, 0.5) };
};
for (mode of Object.keys(modes)) {
  // Warm the compile cache (and start the daemon), as every run after an assistant's first would be.
  for (const l of launchers) once('safe', l);
  if (mode === 'daemon') await waitForSockets(launchers.length);
  result[mode] = {};
  for (const kind of ['safe', 'vulnerable']) {
    const samples = launchers.map(() => []);
    for (let i = 0; i < runs; i++) launchers.forEach((l, j) => samples[j].push(once(kind, l)));
    if (launchers.length === 1) result[mode][kind] = summary(samples[0]);
    else result[mode][kind] = Object.fromEntries(launchers.map((l, j) => [l, summary(samples[j])]));
  }
}
rmSync(runtimeDir, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });

/** The daemons start in the background: wait until each launcher's socket is there. */
async function waitForSockets(n) {
  const until = Date.now() + 20_000;
  const count = () => { try { return readdirSync(join(runtimeDir, 'vouch')).filter((f) => f.endsWith('.sock')).length; } catch { return 0; } };
  while (count() < n && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  // A daemon's first answers run cold (interpreted) code: warm it up as an assistant's session would.
  for (let i = 0; i < 5; i++) for (const l of launchers) once('safe', l);
}
result.note = 'inProcess: VOUCH_HOOK_DAEMON=0; daemon: answered by the warm hook daemon (its own CPU not counted in cpu); whole process incl. Node start-up; wall = what the assistant waits, cpu = user+sys summed over the main thread and the scan worker (the worker loads the analyzers while the main thread reads the event)';
console.log(JSON.stringify(result, null, 2));
if (process.argv.includes('--write')) writeFileSync(join(process.cwd(), 'bench/results/hook-latency.json'), JSON.stringify(result, null, 2) + '\n');
