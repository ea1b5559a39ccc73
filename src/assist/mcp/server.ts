/**
 * `vouch mcp`: the Model Context Protocol server. An agent asks Vouch about code it is about to
 * write, files it wrote, a package it is about to add, or a rule it was shown, and gets the
 * answer in the same turn. A thin front over scanText, runScan, the dependency checks and the
 * rule metadata; every failure is a tool error, never a dead server.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { allRules } from '../../analyzers/registry.js';
import { dependenciesConfig } from '../../analyzers/dependencies/config.js';
import { ConfigError, loadConfig } from '../../config/load.js';
import type { VouchConfig } from '../../config/schema.js';
import type { Finding, ScanNotice } from '../../findings/finding.js';
import { ruleTags, type RuleMeta } from '../../findings/rule.js';
import { runScan } from '../../pipeline/scan.js';
import { findingJson } from '../../reports/json.js';
import { explainText, suggestRuleIds } from '../../reports/rule-docs.js';
import { VERSION } from '../../version.js';
import { assistConfig } from '../config.js';
import { findingText, orderFindings, scrubSecrets, secretSpans, shortFix } from '../present.js';
import { ScanThread, ScanTimeout } from '../scan-thread.js';

export interface McpServerOptions {
  /** Project root: paths are resolved against it and reported relative to it. */
  root: string;
  /** Explicit configuration file; default `.vouch.yml` in the root, re-read on every call. */
  configFile?: string;
  /** Never contact a package registry. */
  offline?: boolean;
  /** Scan cache for `scan_paths`; none when undefined. */
  cacheDir?: string;
}

/** A tool's own failure, reported to the model as a tool error with this message. */
class ToolError extends Error {}

/** Findings listed in text; the structured content carries up to MAX_STRUCTURED. */
const MAX_TEXT = 30;
const MAX_STRUCTURED = 500;
const MAX_CONTENT_CHARS = 5_000_000;

const locationSchema = z.object({
  path: z.string(), startLine: z.number(), startColumn: z.number(), endLine: z.number(), endColumn: z.number(),
});
const findingSchema = z.looseObject({
  ruleId: z.string(),
  severity: z.string(),
  confidence: z.string(),
  message: z.string(),
  location: locationSchema,
  status: z.string(),
  fix: z.string().optional(),
});
const noticeSchema = z.looseObject({ path: z.string(), level: z.string(), reason: z.string() });
const scanOutput = {
  findings: z.array(findingSchema).describe('Active findings first (status "new"), most severe first; suppressed ones have status "suppressed".'),
  notices: z.array(noticeSchema).describe('Files or parts that could not be analysed fully, with the reason.'),
  summary: z.looseObject({ findings: z.number(), active: z.number(), truncated: z.boolean() }),
};

export function createMcpServer(opts: McpServerOptions): McpServer {
  const root = resolve(opts.root);
  const server = new McpServer({ name: 'vouch', version: VERSION }, {
    instructions: 'Vouch is a security scanner for code an AI assistant writes. Call scan_code on new or changed code before writing it to disk, '
      + 'scan_paths after writing files, check_package before adding any dependency, and explain_rule when a finding needs more context. '
      + 'Fix what it reports in the same turn; suppress only real false positives, with a reason.',
  });
  const rulesById = (): Map<string, RuleMeta> => new Map(allRules().map((r) => [r.id, r]));
  // scan_code runs in a thread kept across calls and abandoned after assist.timeoutMs: a text that
  // takes too long becomes a tool error, never a server that stops answering.
  const thread = new ScanThread();

  server.registerTool('scan_code', {
    title: 'Scan code for security flaws',
    description: 'Scan source code for security flaws (injection, XSS, unsafe deserialization, weak crypto, broken auth checks, '
      + 'insecure defaults), hard-coded secrets, insecure infrastructure files and risky dependencies in manifests, without writing it anywhere. Call this BEFORE writing or editing a file: pass the '
      + 'file path (it selects the language and rules) and the complete new content of the file. Fix every finding it returns '
      + 'before writing; each comes with the line, the data flow, and how to fix it.',
    inputSchema: {
      path: z.string().min(1).describe('Where the file lives or will live, relative to the project root (e.g. src/routes/user.ts); selects the language.'),
      content: z.string().describe('The complete text of the file.'),
    },
    outputSchema: scanOutput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(async () => {
    if (args.content.length > MAX_CONTENT_CHARS) throw new ToolError(`content is ${args.content.length} characters; the limit is ${MAX_CONTENT_CHARS}`);
    const config = await configFor(root, opts.configFile);
    const path = projectPath(root, args.path);
    // Manifests written through scan_code ask the registry only when assist.registryChecks allows it.
    const offline = opts.offline === true || !assistConfig(config.assist).registryChecks;
    const timeoutMs = assistConfig(config.assist).timeoutMs;
    let res;
    try {
      res = await thread.run({ op: 'text', root, path, text: args.content, config, groups: config.analyzers, offline }, timeoutMs);
    } catch (err) {
      if (err instanceof ScanTimeout) throw new ToolError(`gave up after ${timeoutMs} ms (assist.timeoutMs); ${path} was not checked — write it and call scan_paths, or raise assist.timeoutMs`);
      throw err;
    }
    return scrubSecrets(scanResult(res.findings, res.notices, rulesById(), `${path}`), secretSpans(args.content, res.findings));
  }));

  server.registerTool('scan_paths', {
    title: 'Scan files and folders',
    description: 'Scan files or folders already on disk with every enabled Vouch analyzer (code with cross-file data flow, secrets, '
      + 'dependency manifests and lockfiles, infrastructure as code). Call this after writing or changing files, or to review a '
      + 'folder before finishing a task. Paths are relative to the project root.',
    inputSchema: {
      paths: z.array(z.string().min(1)).min(1).max(200).describe('Files or folders inside the project, relative to its root.'),
    },
    outputSchema: scanOutput,
    annotations: { readOnlyHint: true, openWorldHint: !opts.offline },
  }, (args) => guarded(async () => {
    const config = await configFor(root, opts.configFile);
    const abs = args.paths.map((p) => resolve(root, projectPath(root, p)));
    const missing = abs.filter((p) => !existsSync(p));
    if (missing.length) throw new ToolError(`no such file or folder: ${missing.map((p) => relative(root, p) || '.').join(', ')}`);
    const result = await runScan({ root, paths: abs, config, groups: config.analyzers, offline: opts.offline, cacheDir: opts.cacheDir });
    return scanResult(result.findings, result.notices, rulesById(), args.paths.join(', '));
  }));

  server.registerTool('check_package', {
    title: 'Check a package before adding it',
    description: 'Check an npm or PyPI package BEFORE adding it as a dependency or telling the user to install it: whether it exists '
      + '(names an assistant made up are a supply-chain attack waiting to happen), whether it is a typosquat of a popular package, '
      + 'known vulnerabilities and malicious-package advisories for the version, how old it is and how many versions it has, and the '
      + "project's allow/deny lists. Do not add a package this reports concerns for without telling the user.",
    inputSchema: {
      ecosystem: z.enum(['npm', 'pypi']).describe('npm for JavaScript/TypeScript, pypi for Python.'),
      name: z.string().min(1).max(214).describe('Package name exactly as it would be installed (e.g. express, @scope/pkg, requests).'),
      version: z.string().min(1).max(100).optional().describe('Exact version to check for advisories; default: the latest published version.'),
    },
    annotations: { readOnlyHint: true, openWorldHint: !opts.offline },
  }, (args) => guarded(async () => {
    const config = await configFor(root, opts.configFile);
    const { checkPackage } = await import('../../analyzers/dependencies/package-check.js');
    const ecosystem = args.ecosystem === 'npm' ? 'npm' as const : 'PyPI' as const;
    const report = await checkPackage({ ecosystem, name: args.name.trim(), version: args.version?.trim() }, dependenciesConfig(config.dependencies), { offline: opts.offline });
    const facts: string[] = [];
    const reg = report.registry;
    if (reg.checked) {
      facts.push(reg.exists
        ? `exists in the ${ecosystem} registry: first published ${reg.createdAt?.slice(0, 10) ?? 'on an unknown date'}${reg.ageDays !== undefined ? ` (${reg.ageDays} days ago)` : ''}, ${reg.versionCount ?? '?'} version(s), latest ${reg.latest ?? 'unknown'}`
        : `does NOT exist in the ${ecosystem} registry`);
    } else facts.push(`registry not checked: ${reg.reason}`);
    if (report.typosquatOf) facts.push(`name resembles the popular package ${report.typosquatOf.popular} (${report.typosquatOf.reason})`);
    else if (report.popular) facts.push('a popular package');
    const adv = report.advisories;
    facts.push(adv.checked ? `${adv.advisories.length} known advisor${adv.advisories.length === 1 ? 'y' : 'ies'} for version ${adv.version} (database updated ${adv.dbUpdatedAt.slice(0, 10)})` : `advisories not checked: ${adv.reason}`);
    const verdict = report.concerns.length
      ? `Concerns:\n${report.concerns.map((c) => `- ${c.ruleId} [${c.severity}] ${c.message}`).join('\n')}`
      : 'No concerns found by the checks that ran.';
    const label = `${report.name}${report.version ? `@${report.version}` : ''} (${ecosystem})`;
    return { content: [{ type: 'text', text: `${label}:\n${facts.map((f) => `- ${f}`).join('\n')}\n${verdict}` }], structuredContent: { ...report } };
  }));

  server.registerTool('explain_rule', {
    title: 'Explain a Vouch rule',
    description: 'Explain a Vouch rule by its id (e.g. js/sql-injection, the ruleId of a finding): what it detects, why it is dangerous, '
      + 'how to fix it, with an insecure and a secure example. Call this when a finding is unclear or before suppressing it.',
    inputSchema: { rule_id: z.string().min(1).max(200).describe('The rule id, as in a finding\'s ruleId.') },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args) => guarded(async () => {
    const rules = allRules();
    const rule = rules.find((r) => r.id === args.rule_id.trim());
    if (!rule) {
      const near = suggestRuleIds(args.rule_id, rules.map((r) => r.id));
      throw new ToolError(`unknown rule '${args.rule_id}'.${near.length ? ` Did you mean ${near.map((s) => `'${s}'`).join(' or ')}?` : ''}`);
    }
    return {
      content: [{ type: 'text', text: explainText(rule) }],
      structuredContent: {
        id: rule.id, title: rule.title, analyzer: rule.analyzer, severity: rule.severity, confidence: rule.confidence, cwe: rule.cwe,
        ...(rule.owasp ? { owasp: rule.owasp } : {}), tags: ruleTags(rule), description: rule.description, fix: rule.fix,
        ...(rule.examples ? { examples: rule.examples } : {}),
      },
    };
  }));

  return server;
}

/** Run a tool body; its failures (bad input, bad config, anything unexpected) become tool errors. */
async function guarded(body: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await body();
  } catch (err) {
    const known = err instanceof ToolError || err instanceof ConfigError;
    const msg = known ? (err as Error).message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    return { content: [{ type: 'text', text: `vouch: ${msg}` }], isError: true };
  }
}

async function configFor(root: string, file: string | undefined): Promise<VouchConfig> {
  try {
    return (await loadConfig(root, file)).config;
  } catch (err) {
    if (err instanceof ConfigError) throw new ToolError(`configuration error: ${err.message}`);
    throw err;
  }
}

/** A path inside the project, relative to its root; anything outside is refused. */
function projectPath(root: string, p: string): string {
  const abs = isAbsolute(p) ? resolve(p) : resolve(root, p);
  if (abs !== root && !abs.startsWith(root + sep)) throw new ToolError(`${p} is outside the project root ${root}`);
  return relative(root, abs).split(sep).join('/') || '.';
}

function scanResult(findings: Finding[], notices: ScanNotice[], rules: Map<string, RuleMeta>, what: string): CallToolResult {
  const ordered = orderFindings(findings);
  const active = ordered.filter((f) => f.status === 'new');
  const rest = ordered.filter((f) => f.status !== 'new');
  const listed = [...active, ...rest].slice(0, MAX_STRUCTURED);
  const structured = {
    findings: listed.map((f) => {
      const fix = shortFix(rules.get(f.ruleId));
      return { ...findingJson(f), ...(fix ? { fix } : {}) };
    }),
    notices: notices.map((n) => ({ path: n.path, level: n.level, reason: n.reason, ...(n.analyzer ? { analyzer: n.analyzer } : {}) })),
    summary: { findings: ordered.length, active: active.length, truncated: listed.length < ordered.length },
  };
  const lines: string[] = [];
  if (active.length === 0) lines.push(`Vouch found no security issues in ${what}.`);
  else {
    lines.push(`Vouch found ${active.length} security issue${active.length === 1 ? '' : 's'} in ${what}; fix ${active.length === 1 ? 'it' : 'them'} before going on:`);
    for (const f of active.slice(0, MAX_TEXT)) lines.push(findingText(f, rules.get(f.ruleId)));
    if (active.length > MAX_TEXT) lines.push(`… and ${active.length - MAX_TEXT} more (see the structured content).`);
  }
  if (rest.length) lines.push(`${rest.length} suppressed or baseline finding(s) not listed.`);
  const problems = notices.filter((n) => n.level === 'error' || n.level === 'warning');
  if (problems.length) lines.push(`Not fully analysed: ${problems.slice(0, 5).map((n) => `${n.path}: ${n.reason}`).join('; ')}`);
  return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: structured };
}
