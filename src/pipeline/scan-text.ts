import { resolve } from 'node:path';
import type { VouchConfig } from '../config/schema.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import { selectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { fileKindOf } from './file-kinds.js';
import { prepareFor, processFile } from './process-file.js';

export interface ScanTextOptions {
  /** Project root; `path` is reported relative to it. */
  root: string;
  /** Where the text lives (or would live): picks the language and rules; never read from disk. */
  path: string;
  text: string;
  config: VouchConfig;
  /** Analyzer groups; default code and secrets (the per-file ones). */
  groups?: string[];
}

export interface ScanTextResult {
  findings: Finding[];
  notices: ScanNotice[];
}

/**
 * Scan one text as if it were the file at `path`, without writing it anywhere: the entry point
 * for assistant hooks, the MCP server, the language server and `scan --stdin`, which all judge
 * text that is not (yet) on disk.
 */
export async function scanText(opts: ScanTextOptions): Promise<ScanTextResult> {
  const root = resolve(opts.root);
  const absPath = resolve(root, opts.path);
  const rel = absPath.startsWith(root + '/') ? absPath.slice(root.length + 1) : opts.path;
  const file = { path: rel, absPath, kind: fileKindOf(rel), size: Buffer.byteLength(opts.text), content: opts.text };
  const analyzers = selectAnalyzers(opts.groups ?? ['code', 'secrets']);
  await prepareFor(file, analyzers);
  const outcome = processFile(file, { config: opts.config, analyzers, rules: ruleIndex() });
  return { findings: outcome.findings, notices: outcome.notices };
}
