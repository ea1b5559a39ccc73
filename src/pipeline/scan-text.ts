import { resolve } from 'node:path';
import type { VouchConfig } from '../config/schema.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { compareFindings } from '../findings/order.js';
import { parseSuppressions, suppressionFor } from '../findings/suppressions.js';
import { selectAnalyzers, selectProjectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { fileKindOfText } from './file-kinds.js';
import { prepareFor, processFile } from './process-file.js';
import { applyRuleSettings, dedupeAcrossFiles, numberTwins, oneFindingPerSecret } from './finding-set.js';

export interface ScanTextOptions {
  /** Project root; `path` is reported relative to it. */
  root: string;
  /** Where the text lives (or would live): picks the language and rules; never read from disk. */
  path: string;
  text: string;
  config: VouchConfig;
  /** Analyzer groups; default code, secrets, iac and deps (the manifest checks, for dependency files only). */
  groups?: string[];
  /** Never ask a package registry (default true: a text being typed should not cause network traffic). */
  offline?: boolean;
  /** Runs the synchronous analysis (a caller's time limit, assist/bounded.ts); default: call it. */
  bound?: <T>(analyse: () => T) => T;
}

export interface ScanTextResult {
  findings: Finding[];
  notices: ScanNotice[];
}

export const SCAN_TEXT_GROUPS = ['code', 'secrets', 'iac', 'deps'];

/** The name alone says whether the dependency analyzer has something to read (as dependencies/lazy.ts decides). */
const DEPENDENCY_FILE = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|requirements[^/]*\.(txt|in)|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?)$/;

/**
 * Scan one text as if it were the file at `path`, without writing it anywhere: the entry point
 * for assistant hooks, the MCP server, the language server and `scan --stdin`, which all judge
 * text that is not (yet) on disk. Rule settings from the config apply; fingerprints are those a
 * full scan would give the same file, so findings can be compared with a scan or a baseline.
 */
export async function scanText(opts: ScanTextOptions): Promise<ScanTextResult> {
  const root = resolve(opts.root);
  const absPath = resolve(root, opts.path);
  const rel = absPath.startsWith(root + '/') ? absPath.slice(root.length + 1) : opts.path.split('\\').join('/');
  const groups = opts.groups ?? SCAN_TEXT_GROUPS;
  const kind = fileKindOfText(rel, opts.text);
  const file = { path: rel, absPath, kind, size: Buffer.byteLength(opts.text), content: opts.text };
  const analyzers = selectAnalyzers(groups);
  await prepareFor(file, analyzers);
  const rules = ruleIndex();
  const analyse = () => processFile(file, { config: opts.config, analyzers, rules });
  const outcome = opts.bound ? opts.bound(analyse) : analyse();
  const findings = [...outcome.findings];
  const notices = [...outcome.notices];

  // Manifest checks (advisories, deny/allow lists, typosquats) on the text itself, never the disk.
  if (groups.includes('deps') && DEPENDENCY_FILE.test(rel)) {
    const lines = opts.text.split(/\r?\n/);
    const sups = parseSuppressions(lines);
    for (const analyzer of selectProjectAnalyzers(['deps'])) {
      try {
        const res = await analyzer.analyzeProject({
          root, config: opts.config, files: [{ path: rel, absPath, kind, content: opts.text }], facts: new Map(), offline: opts.offline ?? true,
        });
        notices.push(...res.notices.filter((n) => n.level !== 'skipped' || n.path === rel));
        for (const f of res.findings) {
          if (f.location.path !== rel) continue;
          const meta = rules.get(f.ruleId);
          const sup = suppressionFor(sups, f.ruleId, f.location.startLine);
          const { externalSuppression: _e, ...raw } = f;
          findings.push({
            ...raw,
            severity: f.severity ?? meta?.severity ?? 'medium',
            confidence: f.confidence ?? meta?.confidence ?? 'medium',
            snippet: f.snippet ?? '',
            // The same fingerprint a full scan gives (pipeline/scan.ts), so baselines carry over.
            fingerprint: fingerprintOf(f.ruleId, f.location.path, f.snippet ?? '', f.fingerprintHint ?? f.message),
            status: sup ? 'suppressed' : 'new',
            ...(sup ? { suppression: { reason: sup.reason, line: sup.line } } : {}),
          });
        }
      } catch (err) {
        notices.push({ path: rel, level: 'error', analyzer: analyzer.id, reason: `${analyzer.id} analyzer failed: ${(err as Error).message.split('\n')[0]}` });
      }
    }
  }

  const out = oneFindingPerSecret(dedupeAcrossFiles(applyRuleSettings(findings, opts.config)), (id) => rules.get(id)?.cwe);
  numberTwins(out);
  out.sort(compareFindings);
  return { findings: out, notices };
}
