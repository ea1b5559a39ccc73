#!/usr/bin/env node
/**
 * `vouch lsp` re-diagnosis latency: a 300-line Express file is opened, then edited; each edit's
 * time is from sending didChange to receiving publishDiagnostics for that version, with the
 * debounce set to 0 (the debounce is the editor's pause, not work). Goal from issue 15: < 50 ms
 * after warm-up. Run `npm run build` first. Writes bench/results/lsp-speed.json.
 * `--vouch a/bin/vouch.js,b/bin/vouch.js` runs one server per launcher, taking turns on every edit (a
 * before/after ratio under the same load); only the default (this checkout) writes the results file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const WARMUP = 20;
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 60;
const vouchArg = process.argv.indexOf('--vouch');
const VOUCH = (vouchArg > 0 ? process.argv[vouchArg + 1] : join(process.cwd(), 'bin', 'vouch.js')).split(',').map((p) => resolve(p));

/** Thirty routes of ten lines each: queries, a shell call, file reads, redirects — what a route file looks like. */
function routeFile(variant) {
  const lines = ["const express = require('express');", "const { execFile } = require('child_process');", "const fs = require('fs');", "const db = require('./db');", 'const router = express.Router();'];
  for (let i = 0; lines.length < 295; i++) {
    lines.push(
      `router.get('/items/${i}/:id', async (req, res) => {`,
      `  const id = Number(req.params.id) + ${variant};`,
      `  const rows = await db.query('SELECT * FROM items_${i} WHERE id = $1', [id]);`,
      '  if (!rows.length) return res.status(404).json({ error: "not found" });',
      i % 3 === 0 ? `  execFile('convert', ['--', String(req.query.name)], () => {});` : `  const name = String(req.query.name ?? '').slice(0, 64);`,
      i % 4 === 0 ? `  const text = fs.readFileSync('/srv/static/${i}.txt', 'utf8');` : '  const text = rows[0].title;',
      i % 5 === 0 ? "  if (req.query.next && req.query.next.startsWith('/')) return res.redirect('/home');" : '  res.set("Cache-Control", "no-store");',
      '  res.json({ id, text });',
      '});',
      '',
    );
  }
  lines.push('module.exports = router;');
  return lines.slice(0, 300).join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'vouch-lsp-speed-'));
mkdirSync(join(dir, 'src'));
const uri = pathToFileURL(join(dir, 'src', 'routes.js')).href;

/** One language server with the file open. */
async function server(launcher) {
  const child = spawn(process.execPath, [launcher, 'lsp', '--offline', '--no-cache'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const pending = new Map();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri) pending.get(p.version)?.(p); });
  conn.listen();
  const waitFor = (version) => new Promise((r) => pending.set(version, r));
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0, workspaceScan: false } });
  await conn.sendNotification(InitializedNotification.type, {});
  const first = waitFor(1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'javascript', version: 1, text: routeFile(0) } });
  await first;
  return { launcher, conn, waitFor, times: [], findings: 0 };
}

const servers = [];
for (const l of VOUCH) servers.push(await server(l));
const text = routeFile(0);
for (let v = 2; v < 2 + WARMUP + RUNS; v++) {
  // Each edit changes a number on every route (a new text of the same shape), sent whole; the
  // servers take turns, so each sees the same machine load.
  const next = routeFile(v);
  for (const s of servers) {
    const done = s.waitFor(v);
    const t0 = performance.now();
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ text: next }] });
    const p = await done;
    const ms = performance.now() - t0;
    s.findings = p.diagnostics.length;
    if (v >= 2 + WARMUP) s.times.push(ms);
  }
}
for (const s of servers) {
  await s.conn.sendRequest(ShutdownRequest.type);
  await s.conn.sendNotification(ExitNotification.type);
}
rmSync(dir, { recursive: true, force: true });

function summary({ times, findings }) {
  times.sort((a, b) => a - b);
  const pct = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const result = {
    date: new Date().toISOString().slice(0, 10), node: process.version, lines: text.split('\n').length - 1, runs: RUNS, warmup: WARMUP,
    medianMs: Number(pct(0.5).toFixed(1)), p95Ms: Number(pct(0.95).toFixed(1)), maxMs: Number(times.at(-1).toFixed(1)), diagnostics: findings,
    note: 'didChange (whole text) → publishDiagnostics, debounce 0, offline, on a shared 2-core machine',
  };
  return result;
}

const results = servers.map((s) => ({ vouch: s.launcher, ...summary(s) }));
if (vouchArg < 0) writeFileSync(join(process.cwd(), 'bench', 'results', 'lsp-speed.json'), JSON.stringify(results[0], null, 2) + '\n');
for (const r of results) console.log(`${r.vouch}: lsp re-diagnose, ${r.lines}-line file: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms, ${r.diagnostics} diagnostics (${RUNS} edits after ${WARMUP} warm-up; goal < 50 ms)`);
