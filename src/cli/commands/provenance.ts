import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { buildProvenanceAsync } from '../../provenance/attribute.js';
import { recordAiEdit, parseLineRanges } from '../../provenance/ledger.js';
import { repoTopLevel } from '../../provenance/git.js';
import { countsIn, inChange, regionsOf } from '../../provenance/regions.js';
import { changedOnlyLines, resolveTargets } from '../../provenance/targets.js';
import { addAssistedByTrailers } from '../../provenance/trailer.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { type FormatOptions, formatOf, withFormat } from '../report-format.js';

interface ProvenanceOpts extends FormatOptions { lines?: boolean; staged?: boolean; changedSince?: string; range?: string; config?: string; aiOnly?: boolean }

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function register(program: Command): void {
  const cmd = withFormat(program
    .command('provenance')
    .description('which lines are AI-written, by which tool and model, with the evidence, and whether they were reviewed')
    .argument('[paths...]', 'files or directories (default: every tracked file)')
    .option('--staged', 'only the lines staged for commit')
    .option('--changed-since <ref>', 'only lines changed since this revision')
    .option('--range <base..tip>', 'only lines changed in this commit range')
    .option('--lines', 'list the regions of each file with their evidence')
    .option('--ai-only', 'list only files with AI-written lines'))
    .option('-c, --config <file>', 'configuration file')
    .action(async (paths: string[], opts: ProvenanceOpts) => {
      process.exitCode = await runProvenance(paths, opts);
    });

  cmd
    .command('trailer')
    .description('prepare-commit-msg hook: add Assisted-by trailers when staged lines carry AI markers or ledger records')
    .argument('<message-file>', 'the commit message file git passes to the hook')
    .action((messageFile: string) => {
      const top = repoTopLevel(process.cwd());
      if (top) {
        const added = addAssistedByTrailers(top, resolve(process.cwd(), messageFile));
        if (added.length) process.stderr.write(`vouch: added Assisted-by: ${added.join(', ')}\n`);
      }
      process.exitCode = EXIT.passed;
    });

  cmd
    .command('record')
    .description("append an AI edit to Vouch's ledger (.vouch/ledger.jsonl); call it from an assistant's post-edit hook")
    .option('--file <path>', 'the file the assistant wrote')
    .option('--lines <ranges>', 'line ranges, e.g. 3-10,14 (default: the whole file)')
    .option('--tool <name>', 'the assistant, e.g. "Claude Code"')
    .option('--model <id>', 'the model, e.g. claude-sonnet-4-5')
    .option('--prompt-ref <ref>', 'reference to the prompt log (URL or session id; never the prompt itself)')
    .option('--hook', 'read a hook event (JSON with tool_input.file_path and the written text) from stdin')
    .action((opts: { file?: string; lines?: string; tool?: string; model?: string; promptRef?: string; hook?: boolean }) => {
      process.exitCode = runRecord(opts);
    });
}

async function runProvenance(paths: string[], opts: ProvenanceOpts): Promise<number> {
  const cwd = process.cwd();
  const format = formatOf(opts);
  let targets;
  try {
    targets = resolveTargets(cwd, { paths, staged: opts.staged, changedSince: opts.changedSince, range: opts.range });
  } catch (err) {
    throw new UsageError((err as Error).message); // bad revision, not a repository, conflicting flags
  }
  const { config } = await loadConfig(targets.root, opts.config);
  const report = await buildProvenanceAsync(targets.root, targets.paths, config, { rev: targets.rev, onlyLines: changedOnlyLines(targets) });
  const files = report.files
    .map((f) => ({ f, c: countsIn(f, targets.changed) }))
    .filter(({ c }) => c.total > 0 && (!opts.aiOnly || c.ai > 0));
  if (format === 'json') {
    const out = {
      root: relative(cwd, targets.root) || '.',
      head: report.head,
      files: files.map(({ f, c }) => ({
        path: f.path, lines: c.total, aiLines: c.ai, humanLines: c.human, unknownLines: c.unknown, aiShare: Number(c.aiShare.toFixed(4)),
        tools: f.tools, models: f.models, reviewed: f.reviewed,
        regions: regionsOf(f, inChange(f, targets.changed)).map((r) => ({ start: r.start, end: r.end, kind: r.kind, tool: r.tool, model: r.model, reviewed: r.reviewed, at: r.at, commits: r.commits, evidence: r.evidence })),
      })),
      totals: {
        lines: files.reduce((n, x) => n + x.c.total, 0),
        aiLines: files.reduce((n, x) => n + x.c.ai, 0),
      },
      notices: report.notices,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return EXIT.passed;
  }
  const lines: string[] = [];
  for (const n of report.notices) lines.push(`note: ${n.path}: ${n.reason}`);
  for (const { f, c } of files) {
    const who = [...f.tools, ...f.models].join(', ');
    lines.push(`${f.path} — ${pct(c.aiShare)} AI-written (${c.ai}/${c.total} lines)${who ? `, ${who}` : ''}${c.ai ? (f.reviewed ? ', reviewed' : ', not reviewed') : ''}`);
    if (opts.lines) {
      for (const r of regionsOf(f, inChange(f, targets.changed))) {
        const label = r.kind === 'ai' ? `ai${r.tool ? ` ${r.tool}` : ''}${r.model ? ` (${r.model})` : ''}${r.reviewed ? ' reviewed' : ''}` : r.kind;
        lines.push(`  ${r.start === r.end ? r.start : `${r.start}-${r.end}`}  ${label}  — ${r.evidence.join('; ')}`);
      }
    }
  }
  const total = files.reduce((n, x) => n + x.c.total, 0);
  const ai = files.reduce((n, x) => n + x.c.ai, 0);
  lines.push(`${files.length} file${files.length === 1 ? '' : 's'}, ${ai} of ${total} lines AI-written (${pct(total ? ai / total : 0)})`);
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.passed;
}

/** Find where `written` sits in `text`: the line range of its first occurrence. */
function rangeOfText(text: string, written: string): [number, number] | undefined {
  const w = written.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  if (!w.trim()) return undefined;
  const idx = text.replace(/\r\n/g, '\n').indexOf(w);
  if (idx < 0) return undefined;
  const start = text.slice(0, idx).split('\n').length;
  return [start, start + w.split('\n').length - 1];
}

function runRecord(opts: { file?: string; lines?: string; tool?: string; model?: string; promptRef?: string; hook?: boolean }): number {
  const cwd = process.cwd();
  let file = opts.file;
  let written: string | undefined;
  let model = opts.model;
  let promptRef = opts.promptRef;
  if (opts.hook) {
    let event: any;
    try {
      event = JSON.parse(readFileSync(0, 'utf8'));
    } catch {
      throw new UsageError('--hook expects a JSON event on stdin');
    }
    const input = event?.tool_input ?? event?.toolInput ?? {};
    file ??= input.file_path ?? input.path;
    written = input.new_string ?? input.content ?? (Array.isArray(input.edits) ? input.edits.map((e: any) => e.new_string).join('\n') : undefined);
    model ??= typeof event?.model === 'string' ? event.model : undefined;
    promptRef ??= typeof event?.session_id === 'string' ? `session:${event.session_id}` : typeof event?.transcript_path === 'string' ? `transcript:${event.transcript_path.split('/').pop()}` : undefined;
  }
  if (!file) throw new UsageError('provenance record needs --file (or --hook with a JSON event on stdin)');
  if (!opts.tool) throw new UsageError('provenance record needs --tool (the assistant that wrote the lines)');
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const top = repoTopLevel(cwd) ?? cwd;
  const rel = relative(top, abs).split('\\').join('/');
  if (rel.startsWith('..')) throw new UsageError(`${file} is outside the repository`);
  let text: string;
  try {
    text = readFileSync(join(top, rel), 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  let ranges: [number, number][];
  try {
    if (opts.lines) ranges = parseLineRanges(opts.lines);
    else if (written !== undefined) {
      const r = rangeOfText(text, written);
      if (!r) return EXIT.passed; // the edit is no longer in the file (or was a deletion): nothing to record
      ranges = [r];
    } else ranges = [[1, Math.max(1, text.split('\n').length - (text.endsWith('\n') ? 1 : 0))]];
    const entry = recordAiEdit(top, { file: rel, text, ranges, tool: opts.tool, model, promptRef });
    process.stdout.write(`vouch: recorded ${entry.ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')} of ${rel} (${entry.tool}) as ${entry.hash.slice(0, 12)}\n`);
    return EXIT.passed;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
