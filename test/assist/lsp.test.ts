/**
 * `vouch lsp` driven over the spawned CLI's stdio by a JSON-RPC client
 * (vscode-languageserver-protocol): initialize, didOpen/didChange/didSave, publishDiagnostics
 * with exact rule ids and ranges, hover, a suppression code action applied to the text.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type CodeAction, type Diagnostic, type MarkupContent, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findRule } from '../../src/analyzers/registry.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';
import { tempDir } from '../dependencies/helpers.js';

const BIN = join(process.cwd(), 'bin', 'vouch.js');
const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";
const SAFE = "const { execFile } = require('child_process');\nmodule.exports = (req, res) => execFile('ls', ['--', String(req.query.dir)]);\n";
// A route in one file hands the query to a helper that runs a shell in another: only a workspace scan sees it.
const ROUTE = "const express = require('express');\nconst { runReport } = require('./lib/report');\nconst app = express();\napp.get('/report', (req, res) => {\n  res.send(runReport(req.query.name));\n});\napp.listen(3000);\n";
const CALLEE = "const { execSync } = require('child_process');\nfunction runReport(name) {\n  return execSync('make-report ' + name).toString();\n}\nmodule.exports = { runReport };\n";

const brief = (d: Diagnostic): string => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('vouch lsp over stdio (JSON-RPC client)', () => {
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let project: string;
  let stderr = '';
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; done: (p: PublishDiagnosticsParams) => void }[] = [];
  const uri = (rel: string): string => pathToFileURL(join(project, rel)).href;

  /** The first diagnostics for `rel` (already received or still to come) that satisfy `test`. */
  function diagnostics(rel: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const u = uri(rel);
    const have = latest.get(u);
    if (have && test(have)) return Promise.resolve(have);
    return new Promise((resolveP, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${rel}; last: ${JSON.stringify(latest.get(u)?.diagnostics.map(brief))}; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ uri: u, test, done: (p) => { clearTimeout(timer); resolveP(p); } });
    });
  }

  before(async () => {
    const home = tempDir('vouch-lsp-');
    project = join(home, 'project');
    mkdirSync(join(project, 'lib'), { recursive: true });
    writeFileSync(join(project, 'server.js'), ROUTE);
    writeFileSync(join(project, 'lib', 'report.js'), CALLEE);
    child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--no-cache'], {
      cwd: project, stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'cache'), VOUCH_DB: join(home, 'none.sqlite') },
    });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      latest.set(p.uri, p);
      for (const w of [...waiters]) if (w.uri === p.uri && w.test(p)) { waiters.splice(waiters.indexOf(w), 1); w.done(p); }
    });
    conn.listen();
  });

  after(() => {
    conn?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('initializes with diagnostics, hover and quick-fix code actions', async () => {
    const res = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
      initializationOptions: { debounceMs: 50 },
    });
    assert.equal(res.serverInfo?.name, 'vouch');
    assert.equal(res.capabilities.hoverProvider, true);
    assert.deepEqual(res.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    await conn.sendNotification(InitializedNotification.type, {});
  });

  it('publishes a cross-file flow from the workspace scan for a file nobody opened', async () => {
    const p = await diagnostics('lib/report.js', (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map(brief), ['js/command-injection 2:9-2:40']);
    const related = p.diagnostics[0]!.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri === uri('server.js') && r.location.range.start.line === 4), JSON.stringify(related));
  });

  let vulnDiag: Diagnostic;
  it('diagnoses an unsaved buffer on open with the rule id, severity and range, and the flow as related information', async () => {
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('src/new.js'), languageId: 'javascript', version: 1, text: VULN } });
    const p = await diagnostics('src/new.js', (x) => x.version === 1);
    assert.deepEqual(p.diagnostics.map(brief), ['js/command-injection 1:31-1:58']);
    vulnDiag = p.diagnostics[0]!;
    assert.equal(vulnDiag.source, 'vouch');
    assert.equal(vulnDiag.severity, 1); // critical and high are errors
    assert.ok((vulnDiag.relatedInformation ?? []).some((r) => /req\.query\.dir/.test(r.message) && r.location.range.start.line === 1));
  });

  it('hover on the finding shows the rule help from its definition', async () => {
    const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri('src/new.js') }, position: { line: 1, character: 33 } });
    const value = (h!.contents as MarkupContent).value;
    assert.match(value, /Vouch `js\/command-injection`/);
    assert.ok(value.includes(`## ${findRule('js/command-injection')!.title}`));
    const none = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri('src/new.js') }, position: { line: 0, character: 3 } });
    assert.equal(none, null);
  });

  it('the suppression code action, applied, silences the finding and then asks for the reason until one is written', async () => {
    const actions = await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri('src/new.js') }, range: vulnDiag.range, context: { diagnostics: [vulnDiag] },
    }) as CodeAction[];
    assert.equal(actions.length, 1);
    const edits = actions[0]!.edit!.changes![uri('src/new.js')]!;
    const doc = TextDocument.create(uri('src/new.js'), 'javascript', 1, VULN);
    const suppressed = TextDocument.applyEdits(doc, edits);
    assert.equal(suppressed.split('\n')[1], '// vouch-ignore[js/command-injection]:');
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('src/new.js'), version: 2 }, contentChanges: [{ text: suppressed }] });
    const p2 = await diagnostics('src/new.js', (x) => x.version === 2);
    assert.deepEqual(p2.diagnostics.map(brief), ['vouch/suppression-without-reason 1:0-1:38']);

    // An incremental change: type the reason after the colon.
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('src/new.js'), version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: 38 }, end: { line: 1, character: 38 } }, text: ' dir is a fixed enum checked by the router' }],
    });
    const p3 = await diagnostics('src/new.js', (x) => x.version === 3);
    assert.deepEqual(p3.diagnostics.map(brief), []);
  });

  it('after a burst of changes and a save, the diagnostics are those of the last version', async () => {
    for (let v = 4; v <= 8; v++) {
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('src/new.js'), version: v }, contentChanges: [{ text: v % 2 ? SAFE : VULN }] });
    }
    const p = await diagnostics('src/new.js', (x) => x.version === 8);
    assert.deepEqual(p.diagnostics.map(brief), ['js/command-injection 1:31-1:58']);
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('src/new.js'), version: 9 }, contentChanges: [{ text: SAFE }] });
    await conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uri('src/new.js') } });
    const p9 = await diagnostics('src/new.js', (x) => x.version === 9);
    assert.deepEqual(p9.diagnostics.map(brief), []);
  });

  it('finds secrets in any text file and never sends the value', async () => {
    const token = `ghp_${rand('alnum', 36)}`;
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('notes.txt'), languageId: 'plaintext', version: 1, text: `deploy with\ntoken = "${token}"\n` } });
    const p = await diagnostics('notes.txt', (x) => x.version === 1);
    assert.ok(p.diagnostics.length >= 1);
    assert.ok(p.diagnostics.every((d) => String(d.code).startsWith('secrets/') && d.range.start.line === 1), JSON.stringify(p.diagnostics.map(brief)));
    const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri('notes.txt') }, position: p.diagnostics[0]!.range.start });
    assert.ok(!JSON.stringify([p, h]).includes(token.slice(4)));
  });

  it('an open buffer of a file with a cross-file finding keeps it while it matches the disk', async () => {
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('lib/report.js'), languageId: 'javascript', version: 1, text: CALLEE } });
    const p = await diagnostics('lib/report.js', (x) => x.version === 1);
    assert.deepEqual(p.diagnostics.map(brief), ['js/command-injection 2:9-2:40']);
    // Edited and unsaved: the workspace scan no longer describes this text, and the file alone has no flow.
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('lib/report.js'), version: 2 }, contentChanges: [{ text: `${CALLEE}// edited\n` }] });
    const p2 = await diagnostics('lib/report.js', (x) => x.version === 2);
    assert.deepEqual(p2.diagnostics.map(brief), []);
  });

  it('answers requests about unknown documents with nothing, and shuts down cleanly', async () => {
    const actions = await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri('nope.js') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    assert.doesNotMatch(stderr, /vouch lsp:/);
  });
});

describe('vouch lsp: the time limit (assist.timeoutMs)', () => {
  it('a buffer too slow to scan gets a note instead of findings; scanned again under a longer limit', async () => {
    const home = tempDir('vouch-lsp-limit-');
    const project = join(home, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, '.vouch.yml'), 'assist:\n  timeoutMs: 100\n');
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--no-cache', '--offline'], {
      cwd: project, stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'cache'), VOUCH_DB: join(home, 'none.sqlite') },
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const byVersion = new Map<number, (p: PublishDiagnosticsParams) => void>();
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.version !== undefined) byVersion.get(p.version)?.(p); });
    conn.listen();
    const published = (v: number): Promise<PublishDiagnosticsParams> => new Promise((r, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${v}; stderr: ${stderr}`)), 60_000);
      byVersion.set(v, (p) => { clearTimeout(timer); r(p); });
    });
    try {
      await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}, initializationOptions: { debounceMs: 0, workspaceScan: false } });
      await conn.sendNotification(InitializedNotification.type, {});
      const file = pathToFileURL(join(project, 'big.js')).href;
      const big = Array.from({ length: 4000 }, (_, i) => `function f${i}(req, res) { const v${i} = req.query.a${i}; return res.send('x' + v${i}); }`).join('\n');
      const first = published(1);
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: file, languageId: 'javascript', version: 1, text: big } });
      const p1 = await first;
      assert.equal(p1.diagnostics.length, 1);
      assert.equal(p1.diagnostics[0]!.code, undefined);
      assert.match(String(p1.diagnostics[0]!.message), /gave up on this file after 100 ms \(assist\.timeoutMs\)/);
      // A generous limit (the configuration file changed on disk): the open buffer is scanned again, in a new thread.
      writeFileSync(join(project, '.vouch.yml'), 'assist:\n  timeoutMs: 60000\n');
      const again = published(1);
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(project, '.vouch.yml')).href, type: 2 }] });
      assert.ok(!(await again).diagnostics.some((d) => /gave up/.test(String(d.message))));
      const second = published(2);
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: file, version: 2 }, contentChanges: [{ text: VULN }] });
      assert.deepEqual((await second).diagnostics.map(brief), ['js/command-injection 1:31-1:58']);
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      assert.doesNotMatch(stderr, /vouch lsp:/);
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
