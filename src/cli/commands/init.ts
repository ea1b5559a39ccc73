import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { findConfigFile, loadConfig } from '../../config/load.js';
import type { VouchConfig } from '../../config/schema.js';
import type { RuleMeta } from '../../findings/rule.js';
import { severityRank } from '../../findings/severity.js';
import { DEFAULT_CHECKLIST } from '../../provenance/config.js';
import { repoTopLevel, runGit } from '../../provenance/git.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { ASSISTANTS, type Assistant } from '../../assist/hooks/protocols.js';
import { planHookSettings, SETTINGS_PATH } from '../../assist/hooks/settings.js';

/**
 * `vouch init`: wires Vouch into a repository. Everything it writes sits between marker lines, so
 * running it again replaces only its own block and never touches the user's content around it.
 */
export interface Marker { start: string; end: string }
const HASH: Marker = { start: '# >>> vouch >>>', end: '# <<< vouch <<<' };
const HTML: Marker = { start: '<!-- >>> vouch >>> -->', end: '<!-- <<< vouch <<< -->' };

/** Insert or replace the marked block; the rest of the file is kept byte for byte. */
export function upsertBlock(existing: string | undefined, body: string, m: Marker, header = ''): string {
  const block = `${m.start}\n${body.replace(/\n+$/, '')}\n${m.end}\n`;
  if (existing === undefined || existing === '') return header + block;
  const s = existing.indexOf(m.start);
  const e = existing.indexOf(m.end, s + 1);
  if (s >= 0 && e > s) {
    let after = e + m.end.length;
    if (existing[after] === '\n') after++;
    return existing.slice(0, s) + block + existing.slice(after);
  }
  return existing.replace(/\n*$/, '\n') + (existing.trim() ? '\n' : '') + block;
}

/** A small unified diff (LCS on lines) for --dry-run. */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  const a = before === undefined || before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  const n = a.length;
  const m = b.length;
  const out = [`--- ${before === undefined ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`];
  if (n * m > 4_000_000) return [...out, `@@ -1,${n} +1,${m} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)].join('\n') + '\n';
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: { t: ' ' | '-' | '+'; l: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { ops.push({ t: ' ', l: a[i]! }); i++; j++; }
    else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) { ops.push({ t: '+', l: b[j]! }); j++; }
    else { ops.push({ t: '-', l: a[i]! }); i++; }
  }
  // One hunk per run of changes with up to 3 lines of context.
  const changedIdx = ops.map((o, k) => (o.t === ' ' ? -1 : k)).filter((k) => k >= 0);
  let k = 0;
  while (k < changedIdx.length) {
    let from = Math.max(0, changedIdx[k]! - 3);
    let to = changedIdx[k]!;
    while (k + 1 < changedIdx.length && changedIdx[k + 1]! - to <= 7) to = changedIdx[++k]!;
    to = Math.min(ops.length - 1, to + 3);
    const slice = ops.slice(from, to + 1);
    const aStart = ops.slice(0, from).filter((o) => o.t !== '+').length + 1;
    const bStart = ops.slice(0, from).filter((o) => o.t !== '-').length + 1;
    out.push(`@@ -${aStart},${slice.filter((o) => o.t !== '+').length} +${bStart},${slice.filter((o) => o.t !== '-').length} @@`);
    for (const o of slice) out.push(o.t + o.l);
    k++;
    from = to;
  }
  return out.join('\n') + '\n';
}

interface PlannedFile { path: string; before?: string; after: string; executable?: boolean; note?: string }

const HOOK_SCAN = `# Vouch security gate on the staged change (vouch init).
if command -v vouch >/dev/null 2>&1; then vouch scan --staged --quiet || exit $?
else npx --no-install vouch scan --staged --quiet || exit $?
fi`;

const HOOK_TRAILER = `# Vouch: add an Assisted-by trailer when the staged change carries AI markers (vouch init).
if command -v vouch >/dev/null 2>&1; then vouch provenance trailer "$1" || true
else npx --no-install vouch provenance trailer "$1" || true
fi`;

const WORKFLOW = `# Written by vouch init; edit freely inside or outside this block.
name: vouch
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  security-events: write
  pull-requests: write
jobs:
  vouch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - name: Vouch gate
        run: |
          BASE="\${{ github.event.pull_request.base.sha || github.event.before }}"
          npx --yes vouch scan --changed-since "$BASE" --format markdown --output sarif=vouch.sarif > vouch.md
      - name: Upload SARIF
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: vouch.sarif
          category: vouch
      - name: Pull-request comment
        if: always() && github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh pr comment "\${{ github.event.pull_request.number }}" --body-file vouch.md --edit-last || gh pr comment "\${{ github.event.pull_request.number }}" --body-file vouch.md`;

function defaultConfigBody(): string {
  return `# Vouch configuration (vouch init). Unknown keys are errors.
failOn: high
policy:
  # AI-written code is held to a stricter threshold than human code.
  failOnByOrigin: { ai: medium, human: high, unknown: high }
  sensitive:
    - name: auth
      paths: ["**/auth/**", "**/login*", "**/session*"]
      rules: [auth]
      reviewers: []   # e.g. ["@alice", "security@example.com"]
    - name: crypto
      paths: ["**/crypto/**"]
      rules: [crypto]
      reviewers: []
  aiDependencies: allowlist-required
  allowedDependencies: []
review:
  checklist:
${DEFAULT_CHECKLIST.map((c) => `    - ${JSON.stringify(c)}`).join('\n')}`;
}

function ruleEnabled(config: VouchConfig, id: string): boolean {
  let setting: unknown;
  for (const [key, v] of Object.entries(config.rules)) {
    if (key === id || (key.endsWith('*') && id.startsWith(key.slice(0, -1)))) setting = v;
  }
  if (setting === 'off') return false;
  if (typeof setting === 'object' && setting !== null && (setting as { enabled?: boolean }).enabled === false) return false;
  return true;
}

/** Security instructions for coding assistants, generated from the rules that are switched on. */
export function assistantInstructions(rules: readonly RuleMeta[], config: VouchConfig): string {
  const active = rules.filter((r) => ruleEnabled(config, r.id) && r.analyzer !== 'vouch');
  const top = [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id)).slice(0, 40);
  const lines = [
    '## Security rules for AI-written code (generated by `vouch init`)',
    '',
    'This repository gates every change with Vouch. Code you write is treated as untrusted until reviewed.',
    '',
    '- Mark code you generate: put `// AI-GENERATED: <tool> (<model>, <YYYY-MM-DD>)` above each function or block you write (use `#` comments where `//` is not a comment).',
    '- Never hard-code secrets, tokens or passwords; read them from configuration or the environment.',
    '- Add a dependency only if it is on `policy.allowedDependencies` in `.vouch.yml`; never invent package names.',
    '- Run `vouch scan --staged` before proposing a commit and fix what it reports.',
    '',
    `### Avoid these (${active.length} active rules; the most severe ${top.length} are listed)`,
    '',
  ];
  for (const r of top) {
    const fix = r.fix.split('\n')[0]!.replace(/\s+/g, ' ').trim();
    lines.push(`- **${r.title}** (\`${r.id}\`, ${r.severity}): ${fix}`);
  }
  return lines.join('\n');
}

async function activeRules(): Promise<readonly RuleMeta[]> {
  try {
    const { allRules } = await import('../../analyzers/registry.js');
    return allRules();
  } catch {
    return [];
  }
}

function read(p: string): string | undefined {
  try { return readFileSync(p, 'utf8'); } catch { return undefined; }
}

/** Work out every file `vouch init` would write, without writing anything. */
export async function planInit(top: string, opts: { hooks?: boolean; ci?: boolean; assistants?: boolean; assistant?: string[] } = {}): Promise<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  const add = (path: string, after: string, extra: Partial<PlannedFile> = {}) => {
    const before = read(join(top, path));
    plan.push({ path, before, after, ...extra });
  };

  // .vouch.yml: our block in a new file, or refreshed in place; a user's own config is left alone.
  const existingConfig = findConfigFile(top);
  const cfgPath = existingConfig ? relative(top, existingConfig) : '.vouch.yml';
  const cfgText = read(join(top, cfgPath));
  if (cfgText === undefined || cfgText.includes(HASH.start)) add(cfgPath, upsertBlock(cfgText, defaultConfigBody(), HASH));
  else plan.push({ path: cfgPath, before: cfgText, after: cfgText, note: 'exists without a vouch block; left as is' });

  if (opts.hooks !== false) {
    const usesHusky = existsSync(join(top, '.husky'));
    const lefthook = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml'].find((f) => existsSync(join(top, f)));
    const preCommitFw = existsSync(join(top, '.pre-commit-config.yaml'));
    if (usesHusky) {
      add('.husky/pre-commit', upsertBlock(read(join(top, '.husky/pre-commit')), HOOK_SCAN, HASH, '#!/bin/sh\n'), { executable: true });
      add('.husky/prepare-commit-msg', upsertBlock(read(join(top, '.husky/prepare-commit-msg')), HOOK_TRAILER, HASH, '#!/bin/sh\n'), { executable: true });
    } else if (lefthook) {
      const text = read(join(top, lefthook)) ?? '';
      const body = 'pre-commit:\n  commands:\n    vouch:\n      run: npx --no-install vouch scan --staged --quiet\nprepare-commit-msg:\n  commands:\n    vouch-trailer:\n      run: npx --no-install vouch provenance trailer {1} || true';
      if (!text.includes(HASH.start) && /^(pre-commit|prepare-commit-msg):/m.test(text)) plan.push({ path: lefthook, before: text, after: text, note: 'already defines pre-commit/prepare-commit-msg; add `npx vouch scan --staged` to it by hand' });
      else add(lefthook, upsertBlock(text, body, HASH));
    } else if (preCommitFw) {
      const text = read(join(top, '.pre-commit-config.yaml')) ?? '';
      const body = '- repo: local\n  hooks:\n    - id: vouch\n      name: vouch security gate\n      entry: npx --no-install vouch scan --staged --quiet\n      language: system\n      pass_filenames: false';
      const lastKey = [...text.matchAll(/^([A-Za-z_][\w-]*):/gm)].pop()?.[1];
      if (!text.includes(HASH.start) && lastKey !== 'repos') plan.push({ path: '.pre-commit-config.yaml', before: text, after: text, note: '`repos:` is not the last key; add the vouch hook by hand' });
      else {
        const indent = /^repos:\s*\n(\s*)-/m.exec(text)?.[1] ?? '';
        add('.pre-commit-config.yaml', upsertBlock(text, body.split('\n').map((l) => indent + l).join('\n'), HASH));
      }
    } else {
      const hooksPath = runGit(top, ['rev-parse', '--git-path', 'hooks']);
      const dir = hooksPath.ok ? hooksPath.stdout.trim() : '.git/hooks';
      const rel = relative(top, join(top, dir)) || dir;
      for (const [name, body] of [['pre-commit', HOOK_SCAN], ['prepare-commit-msg', HOOK_TRAILER]] as const) {
        const p = join(rel, name);
        add(p, upsertBlock(read(join(top, p)), body, HASH, '#!/bin/sh\n'), { executable: true });
      }
    }
  }

  if (opts.ci !== false) add('.github/workflows/vouch.yml', upsertBlock(read(join(top, '.github/workflows/vouch.yml')), WORKFLOW, HASH));

  if (opts.assistants !== false) {
    let config: VouchConfig | undefined;
    try { config = (await loadConfig(top)).config; } catch { /* a broken config must not stop init */ }
    const { defaultConfig } = await import('../../config/schema.js');
    const text = assistantInstructions(await activeRules(), config ?? defaultConfig());
    for (const p of ['.github/copilot-instructions.md', 'CLAUDE.md', 'AGENTS.md']) add(p, upsertBlock(read(join(top, p)), text, HTML));
    const cursor = '.cursor/rules/vouch-security.mdc';
    const cursorText = read(join(top, cursor));
    add(cursor, upsertBlock(cursorText, text, HTML, cursorText === undefined ? '---\ndescription: Security rules enforced by Vouch\nalwaysApply: true\n---\n' : ''));
  }

  // Edit hooks for the named assistants, merged into their settings (assist/hooks/settings.ts).
  if (opts.assistant?.length) {
    for (const a of opts.assistant as Assistant[]) {
      const p = planHookSettings(a, read(join(top, SETTINGS_PATH[a])));
      if (p.after === undefined) plan.push({ path: p.path, before: read(join(top, p.path)), after: read(join(top, p.path)) ?? '', note: p.note });
      else add(p.path, p.after);
    }
  }
  return plan;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('set up .vouch.yml, git hooks, a CI workflow, assistant security instructions and (with --assistant) assistant edit hooks (idempotent)')
    .option('--dry-run', 'show what would change as a unified diff; write nothing')
    .option('--no-hooks', 'skip the git hooks')
    .option('--no-ci', 'skip the GitHub Actions workflow')
    .option('--no-assistants', 'skip the assistant instruction files')
    .option('--assistant <names>', `also install edit hooks for these assistants (comma-separated: ${ASSISTANTS.join(', ')})`)
    .action(async (rawOpts: { dryRun?: boolean; hooks?: boolean; ci?: boolean; assistants?: boolean; assistant?: string }) => {
      const top = repoTopLevel(process.cwd());
      if (!top) throw new UsageError('vouch init must run inside a git repository');
      const assistant = rawOpts.assistant?.split(',').map((a) => a.trim()).filter(Boolean);
      const unknown = assistant?.find((a) => !(ASSISTANTS as readonly string[]).includes(a));
      if (unknown !== undefined || (assistant && assistant.length === 0)) throw new UsageError(`--assistant: unknown assistant '${unknown ?? rawOpts.assistant}' (choose from ${ASSISTANTS.join(', ')})`);
      const opts = { ...rawOpts, assistant };
      const plan = await planInit(top, opts);
      const out: string[] = [];
      for (const f of plan) {
        if (f.note) { out.push(`skip   ${f.path}: ${f.note}`); continue; }
        if (f.before === f.after) { out.push(`ok     ${f.path} (up to date)`); continue; }
        if (opts.dryRun) { out.push(unifiedDiff(f.path, f.before, f.after).trimEnd()); continue; }
        const abs = join(top, f.path);
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, f.after);
        if (f.executable) chmodSync(abs, 0o755);
        out.push(`${f.before === undefined ? 'create' : 'update'} ${f.path}`);
      }
      process.stdout.write(out.join('\n') + '\n');
      process.exitCode = EXIT.passed;
    });
}
