/**
 * `vouch lsp`: the language server. Diagnostics come from scanText on the editor's in-memory text
 * (on open, on change after a short pause, on save); findings that need the whole project
 * (cross-file flows, dependency files) come from the last workspace scan, shown while the buffer
 * matches the file on disk. Hover shows the rule's help; code actions insert a suppression
 * comment that asks for a reason. A failing request is logged, never a dead server.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type DiagnosticRelatedInformation, type Hover, type InitializeResult, type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../../analyzers/registry.js';
import { ConfigError, loadConfig } from '../../config/load.js';
import { defaultConfig, type VouchConfig } from '../../config/schema.js';
import type { Finding, Location } from '../../findings/finding.js';
import { ruleHelpMarkdown, type RuleMeta } from '../../findings/rule.js';
import type { Severity } from '../../findings/severity.js';
import { assistConfig } from '../config.js';
import { lineCommentFor, scrubSecrets, secretSpans } from '../present.js';
import { ScanThread, ScanTimeout } from '../scan-thread.js';

export interface LspOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Project root; default the workspace folder the editor names, else the current directory. */
  root?: string;
  configFile?: string;
  offline?: boolean;
  /** Scan cache for the workspace scan; none when undefined. */
  cacheDir?: string;
}

/** What the editor may set in `initializationOptions`. */
interface InitOptions {
  /** Pause after the last keystroke before re-scanning (ms); default 300. */
  debounceMs?: number;
  /** Scan the whole workspace at start and after saves, for cross-file findings; default true. */
  workspaceScan?: boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

/** Language ids of untitled buffers → a file name that selects the same analyzers. */
const UNTITLED_NAMES: Record<string, string> = {
  javascript: 'untitled.js', javascriptreact: 'untitled.jsx', typescript: 'untitled.ts', typescriptreact: 'untitled.tsx',
  python: 'untitled.py', json: 'untitled.json', yaml: 'untitled.yaml', dockerfile: 'Dockerfile', terraform: 'untitled.tf',
};

interface DocState {
  version: number;
  findings: Finding[];
  timer?: NodeJS.Timeout;
}

export function startLanguageServer(opts: LspOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, opts.input, opts.output);
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const rules = new Map<string, RuleMeta>(allRules().map((r) => [r.id, r]));
  let root = resolve(opts.root ?? process.cwd());
  let config: VouchConfig = defaultConfig();
  let debounceMs = 300;
  let workspaceScanEnabled = true;
  /** Findings of the last workspace scan by path, and the paths we published them for. */
  let workspace = new Map<string, Finding[]>();
  const publishedFromWorkspace = new Set<string>();
  let workspaceRun: Promise<void> | undefined;
  let workspaceAgain = false;

  // Buffers are scanned in a thread of their own, kept across changes (analyzers loaded once) and
  // abandoned when a text takes longer than assist.timeoutMs: requests stay answered meanwhile.
  const thread = new ScanThread();
  const log = (msg: string): void => connection.console.log(`vouch: ${msg}`);
  const fail = (what: string, err: unknown): void => connection.console.error(`vouch: ${what} failed: ${(err as Error)?.message ?? String(err)}`);

  async function reloadConfig(): Promise<void> {
    try {
      config = (await loadConfig(root, opts.configFile)).config;
    } catch (err) {
      // Keep the last good configuration; the editor shows why the new one was refused.
      const msg = err instanceof ConfigError ? err.message : (err as Error).message;
      void connection.window.showErrorMessage(`Vouch: ${msg}`);
    }
  }

  /** The path a document stands for, relative to the root when inside it. */
  function pathOf(doc: TextDocument): { rel: string; abs?: string } {
    if (doc.uri.startsWith('file:')) {
      const abs = fileURLToPath(doc.uri);
      const rel = relative(root, abs);
      return { rel: rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/'), abs };
    }
    return { rel: UNTITLED_NAMES[doc.languageId] ?? 'untitled.txt' };
  }

  function uriOf(path: string): string {
    return pathToFileURL(isAbsolute(path) ? path : resolve(root, path)).href;
  }

  function rangeOf(loc: Location, doc?: TextDocument): Range {
    const start = { line: Math.max(0, loc.startLine - 1), character: Math.max(0, loc.startColumn - 1) };
    let end = { line: Math.max(0, loc.endLine - 1), character: Math.max(0, loc.endColumn - 1) };
    if (end.line < start.line || (end.line === start.line && end.character <= start.character)) {
      // A point location (a whole-file or whole-line finding): mark the rest of the line.
      const lineText = doc?.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      end = { line: start.line, character: Math.max(start.character + 1, lineText?.length ?? start.character + 1) };
    }
    return { start, end };
  }

  function toDiagnostic(f: Finding, doc?: TextDocument): Diagnostic {
    const related: DiagnosticRelatedInformation[] = (f.trace ?? []).map((step) => ({
      location: { uri: uriOf(step.location.path), range: rangeOf(step.location) },
      message: `${step.kind}: ${step.message}`,
    }));
    const d: Diagnostic = {
      range: rangeOf(f.location, doc),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      source: 'vouch',
      message: f.message,
      data: { ruleId: f.ruleId, fingerprint: f.fingerprint },
    };
    if (related.length) d.relatedInformation = related;
    return d;
  }

  function publish(uri: string, findings: Finding[], doc?: TextDocument, spans: string[] = []): void {
    const diagnostics = findings.filter((f) => f.status === 'new').map((f) => toDiagnostic(f, doc));
    void connection.sendDiagnostics({ uri, ...(doc ? { version: doc.version } : {}), diagnostics: scrubSecrets(diagnostics, spans) });
  }

  /** Workspace-scan findings for a buffer whose text is what was scanned (the file on disk). */
  function workspaceFindingsFor(doc: TextDocument, rel: string, abs: string | undefined, live: Finding[]): Finding[] {
    const saved = workspace.get(rel);
    if (!saved?.length || !abs) return [];
    let disk: string;
    try { disk = readFileSync(abs, 'utf8'); } catch { return []; }
    if (disk !== doc.getText()) return [];
    const seen = new Set(live.flatMap((f) => [f.fingerprint, `${f.ruleId}:${f.location.startLine}`]));
    return saved.filter((f) => !seen.has(f.fingerprint) && !seen.has(`${f.ruleId}:${f.location.startLine}`));
  }

  async function diagnose(doc: TextDocument): Promise<void> {
    const state = states.get(doc.uri) ?? { version: doc.version, findings: [] };
    states.set(doc.uri, state);
    const version = doc.version;
    const text = doc.getText();
    const { rel, abs } = pathOf(doc);
    const assist = assistConfig(config.assist);
    const offline = opts.offline === true || !assist.registryChecks;
    // A newer version is on its way (or the buffer was closed): this answer is stale.
    const stale = (): boolean => documents.get(doc.uri)?.version !== version;
    let res;
    try {
      res = await thread.run({ op: 'text', root, path: abs ?? rel, text, config, groups: config.analyzers, offline }, assist.timeoutMs, stale);
    } catch (err) {
      if (!(err instanceof ScanTimeout)) throw err;
      if (stale()) return;
      // Too slow to check while typing: say so instead of showing findings of an older text.
      state.version = version;
      state.findings = [];
      const message = `Vouch gave up on this file after ${err.timeoutMs} ms (assist.timeoutMs); it is checked by \`vouch scan\` instead.`;
      void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'vouch', message }] });
      return;
    }
    if (!res || stale()) return;
    const notices = res.notices.filter((n) => n.level === 'error' && n.path === rel);
    const findings = [...res.findings, ...workspaceFindingsFor(doc, rel, abs, res.findings)];
    state.version = version;
    state.findings = findings;
    publishedFromWorkspace.delete(rel);
    const spans = secretSpans(text, res.findings);
    const diagnostics = findings.filter((f) => f.status === 'new').map((f) => toDiagnostic(f, doc));
    for (const n of notices) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'vouch', message: `Vouch could not analyse this file: ${n.reason}` });
    }
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: scrubSecrets(diagnostics, spans) });
  }

  function schedule(doc: TextDocument, delay: number): void {
    const state = states.get(doc.uri) ?? { version: doc.version, findings: [] };
    states.set(doc.uri, state);
    clearTimeout(state.timer);
    const run = (): void => { state.timer = undefined; diagnose(doc).catch((err) => fail(`scanning ${doc.uri}`, err)); };
    if (delay <= 0) run();
    else state.timer = setTimeout(run, delay);
  }

  async function scanWorkspace(): Promise<void> {
    if (!workspaceScanEnabled) return;
    if (workspaceRun) { workspaceAgain = true; return workspaceRun; }
    workspaceRun = (async () => {
      do {
        workspaceAgain = false;
        try {
          const { runScan } = await import('../../pipeline/scan.js');
          const offline = opts.offline === true || !assistConfig(config.assist).registryChecks;
          const result = await runScan({ root, config, groups: config.analyzers, offline, cacheDir: opts.cacheDir });
          const next = new Map<string, Finding[]>();
          for (const f of result.findings) next.set(f.location.path, [...(next.get(f.location.path) ?? []), f]);
          workspace = next;
          refreshAll();
        } catch (err) {
          fail('workspace scan', err);
        }
      } while (workspaceAgain);
    })();
    try { await workspaceRun; } finally { workspaceRun = undefined; }
  }

  /** Re-diagnose open buffers; publish workspace findings for the other files, clearing stale ones. */
  function refreshAll(): void {
    const open = new Set<string>();
    for (const doc of documents.all()) {
      const { rel } = pathOf(doc);
      open.add(rel);
      schedule(doc, 0);
    }
    for (const [path, findings] of workspace) {
      if (open.has(path)) continue;
      publish(uriOf(path), findings);
      publishedFromWorkspace.add(path);
    }
    for (const path of [...publishedFromWorkspace]) {
      if (!workspace.has(path) && !open.has(path)) { publish(uriOf(path), []); publishedFromWorkspace.delete(path); }
    }
  }

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (!opts.root && folder?.startsWith('file:')) root = fileURLToPath(folder);
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    if (init.workspaceScan === false) workspaceScanEnabled = false;
    await reloadConfig();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'vouch' },
    };
  });

  connection.onInitialized(() => {
    log(`root ${root}`);
    thread.start();
    void scanWorkspace();
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => {
    // didOpen also fires a content change; the open handler already scanned that version.
    const state = states.get(e.document.uri);
    if (state && state.version === e.document.version && !state.timer) return;
    schedule(e.document, debounceMs);
  });
  documents.onDidSave((e) => {
    if (/^\.vouch\.(ya?ml|json)$/.test(basename(pathOf(e.document).rel))) {
      void reloadConfig().then(() => { refreshAll(); return scanWorkspace(); });
      return;
    }
    schedule(e.document, 0);
    void scanWorkspace();
  });
  documents.onDidClose((e) => {
    const state = states.get(e.document.uri);
    clearTimeout(state?.timer);
    states.delete(e.document.uri);
    // Closed files keep what the last workspace scan found in them.
    const { rel } = pathOf(e.document);
    const saved = workspace.get(rel);
    publish(e.document.uri, saved ?? []);
    if (saved) publishedFromWorkspace.add(rel);
  });
  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => /\/\.vouch\.(ya?ml|json)$/.test(c.uri))) void reloadConfig().then(() => { refreshAll(); return scanWorkspace(); });
  });

  function findingsAt(uri: string, line: number, character?: number): Finding[] {
    const state = states.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc) return [];
    return state.findings.filter((f) => {
      if (f.status !== 'new') return false;
      const r = rangeOf(f.location, doc);
      if (line < r.start.line || line > r.end.line) return false;
      if (character === undefined) return true;
      return !((line === r.start.line && character < r.start.character) || (line === r.end.line && character > r.end.character));
    });
  }

  connection.onHover((params): Hover | null => {
    try {
      const hits = findingsAt(params.textDocument.uri, params.position.line, params.position.character);
      if (!hits.length) return null;
      const doc = documents.get(params.textDocument.uri)!;
      const parts = hits.map((f) => {
        const rule = rules.get(f.ruleId);
        return `**Vouch \`${f.ruleId}\`** (${f.severity}): ${f.message}\n\n${rule ? ruleHelpMarkdown(rule) : ''}`.trimEnd();
      });
      return scrubSecrets({ contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } }, secretSpans(doc.getText(), hits));
    } catch (err) {
      fail('hover', err);
      return null;
    }
  });

  connection.onCodeAction((params): CodeAction[] => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const { rel } = pathOf(doc);
      // JSON has no comments: a finding there is suppressed with a baseline, not inline.
      if (/\.json$/i.test(rel)) return [];
      const actions: CodeAction[] = [];
      const seen = new Set<string>();
      for (const d of params.context.diagnostics) {
        const data = d.data as { ruleId?: string } | undefined;
        if (d.source !== 'vouch' || !data?.ruleId || data.ruleId === 'vouch/suppression-without-reason') continue;
        const key = `${data.ruleId}:${d.range.start.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const line = d.range.start.line;
        const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        const indent = /^[ \t]*/.exec(lineText)![0];
        const c = lineCommentFor(rel);
        // The reason is left for the author to write: until they do, vouch/suppression-without-reason says so.
        const comment = `${indent}${c.open}vouch-ignore[${data.ruleId}]: ${c.close}`.trimEnd();
        actions.push({
          title: `Suppress ${data.ruleId} here (write the reason after the colon)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${comment}\n` }] } },
        });
      }
      return actions;
    } catch (err) {
      fail('code actions', err);
      return [];
    }
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
