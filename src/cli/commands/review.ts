import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { buildProvenanceAsync, type ProvenanceReport } from '../../provenance/attribute.js';
import { readChain } from '../../provenance/chain.js';
import { reviewConfig } from '../../provenance/config.js';
import { gitConfigValue, runGit } from '../../provenance/git.js';
import { ledgerPath, LEDGER_FILE } from '../../provenance/ledger.js';
import { inChange, regionsOf, type OriginRegion } from '../../provenance/regions.js';
import { appendReview, REVIEWS_FILE, reviewsPath, type ChecklistAnswer, type ReviewEntry } from '../../provenance/reviews.js';
import { changedOnlyLines, resolveTargets, type Targets } from '../../provenance/targets.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { type FormatOptions, formatOf, withFormat } from '../report-format.js';

interface ScopeOpts { range?: string; staged?: boolean; config?: string }

function targetsOf(opts: ScopeOpts, paths: string[] = []): Targets {
  try {
    return resolveTargets(process.cwd(), { paths, range: opts.range, staged: opts.staged });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** AI-written regions in scope that no review or REVIEWED marker covers. */
function pendingRegions(report: ProvenanceReport, targets: Targets): OriginRegion[] {
  return report.files.flatMap((f) => {
    const keep = inChange(f, targets.changed);
    return regionsOf(f, (l) => keep(l) && l.kind === 'ai' && !l.reviewed);
  });
}

export function parseReviewer(text: string | undefined, top: string): ReviewEntry['reviewer'] {
  const t = (text ?? '').trim();
  if (!t) {
    const name = gitConfigValue(top, 'user.name');
    const email = gitConfigValue(top, 'user.email');
    if (!name && !email) throw new UsageError('who is reviewing? pass --reviewer (@handle, e-mail or "Name <email>") or set git user.name/user.email');
    return { name, email };
  }
  const id = /^(.*?)\s*<([^<>]+)>$/.exec(t);
  if (id) return { name: id[1] || undefined, email: id[2] };
  if (t.startsWith('@')) return { handle: t.slice(1) };
  if (t.includes('@')) return { email: t };
  return { name: t };
}

function parseAnswers(answers: string[], allYes: boolean, checklist: string[]): ReviewEntry['checklist'] {
  const out = new Map<number, { answer: ChecklistAnswer; note?: string }>();
  if (allYes) checklist.forEach((_, i) => out.set(i, { answer: 'yes' }));
  for (const a of answers) {
    const m = /^(.+?)=(yes|no|n\/a|na)(?::(.*))?$/i.exec(a.trim());
    if (!m) throw new UsageError(`--answer '${a}': expected ITEM=yes|no|n/a (ITEM is the item's number or the start of its text)`);
    const key = m[1]!.trim().toLowerCase();
    const idx = /^\d+$/.test(key) ? Number(key) - 1 : checklist.findIndex((c) => c.toLowerCase().startsWith(key));
    if (idx < 0 || idx >= checklist.length) throw new UsageError(`--answer '${a}': no checklist item '${m[1]}'`);
    const ans = m[2]!.toLowerCase();
    out.set(idx, { answer: (ans === 'na' ? 'n/a' : ans) as ChecklistAnswer, note: m[3]?.trim() || undefined });
  }
  const missing = checklist.filter((_, i) => !out.has(i));
  if (missing.length) {
    throw new UsageError(`answer every checklist item (--answer N=yes|no|n/a, or --all-yes):\n${checklist.map((c, i) => `  ${i + 1}. ${c}${out.has(i) ? '' : '   <- missing'}`).join('\n')}`);
  }
  return checklist.map((item, i) => ({ item, ...out.get(i)! }));
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function register(program: Command): void {
  const cmd = program
    .command('review')
    .description('record a sign-off on AI-written changes in the hash-chained review trail (.vouch/reviews.jsonl)')
    .argument('[paths...]', 'limit the review to these files')
    .option('--range <base..tip>', 'the commits under review (default: every AI-written line still waiting for review)')
    .option('--reviewer <who>', '@handle, e-mail or "Name <email>" (default: git user.name/user.email)')
    .option('--answer <item=answer>', 'checklist answer, e.g. 1=yes or "crypto=n/a: no crypto here" (repeatable)', collect, [])
    .option('--all-yes', 'answer "yes" to every checklist item not answered otherwise')
    .option('--ack <fingerprint>', 'acknowledge a finding by fingerprint (repeatable)', collect, [])
    .option('--note <text>', 'free-text note stored with the review')
    .option('-c, --config <file>', 'configuration file')
    .action(async (paths: string[], opts: ScopeOpts & { reviewer?: string; answer: string[]; allYes?: boolean; ack: string[]; note?: string }) => {
      const targets = targetsOf(opts, paths);
      if (!targets.top) throw new UsageError('vouch review needs a git repository (the trail is stored in it)');
      const { config } = await loadConfig(targets.root, opts.config);
      const checklist = reviewConfig(config).checklist;
      const checklistAnswers = parseAnswers(opts.answer, opts.allYes === true, checklist);
      const reviewer = parseReviewer(opts.reviewer, targets.top);
      const report = await buildProvenanceAsync(targets.root, targets.paths, config, { rev: targets.rev, onlyLines: changedOnlyLines(targets) });
      const pending = pendingRegions(report, targets);
      const inScope = report.files.filter((f) => pending.some((r) => r.path === f.path));
      if (inScope.length === 0) {
        process.stdout.write('vouch: no AI-written lines are waiting for review in this scope; nothing recorded\n');
        process.exitCode = EXIT.passed;
        return;
      }
      let commits: string[];
      if (opts.range) {
        const r = runGit(targets.top, ['rev-list', '--no-merges', opts.range, '--']);
        commits = r.ok ? r.stdout.split('\n').filter(Boolean) : [];
      } else commits = [...new Set(pending.flatMap((r) => r.commits))];
      const acknowledged = opts.ack.map((a) => a.trim()).filter((a) => /^[\w:.@/-]{4,200}$/.test(a));
      if (acknowledged.length !== opts.ack.length) throw new UsageError('--ack takes finding fingerprints as shown in the JSON or SARIF report');
      const rec = appendReview(targets.top, {
        reviewer, at: new Date().toISOString(), range: opts.range, commits,
        files: inScope.map((f) => ({ path: f.repoPath, sha256: f.sha256 })),
        checklist: checklistAnswers, acknowledged, note: opts.note,
      });
      const no = checklistAnswers.filter((c) => c.answer === 'no').length;
      const lines = pending.reduce((n, r) => n + r.end - r.start + 1, 0);
      process.stdout.write(`vouch: recorded review ${rec.hash.slice(0, 12)} by ${reviewer.handle ? '@' + reviewer.handle : reviewer.email ?? reviewer.name}: ${inScope.length} file(s), ${lines} AI-written line(s), ${commits.length} commit(s)` +
        (no ? `; ${no} checklist item(s) answered "no", so this review does not approve sensitive areas` : '') + `\nCommit ${REVIEWS_FILE} so the review travels with the code.\n`);
      process.exitCode = EXIT.passed;
    });

  withFormat(cmd
    .command('status')
    .description('AI-written changes still waiting for review (exit 1 when any are)')
    .argument('[paths...]', 'limit to these files')
    .option('--range <base..tip>', 'only lines changed in this range')
    .option('--staged', 'only staged lines'))
    .option('-c, --config <file>', 'configuration file')
    .action(async (paths: string[], opts: ScopeOpts & FormatOptions) => {
      const format = formatOf(opts);
      const targets = targetsOf(opts, paths);
      const { config } = await loadConfig(targets.root, opts.config);
      const report = await buildProvenanceAsync(targets.root, targets.paths, config, { rev: targets.rev, onlyLines: changedOnlyLines(targets) });
      const pending = pendingRegions(report, targets);
      if (format === 'json') {
        process.stdout.write(JSON.stringify({ pending: pending.map(({ path, start, end, tool, model, at, commits }) => ({ path, start, end, tool, model, at, commits })), notices: report.notices }, null, 2) + '\n');
      } else {
        const out = report.notices.map((n) => `note: ${n.path}: ${n.reason}`);
        for (const r of pending) out.push(`${r.path}:${r.start === r.end ? r.start : `${r.start}-${r.end}`}  ${r.tool ?? 'unknown tool'}${r.model ? ` (${r.model})` : ''}${r.at ? `  ${r.at.slice(0, 10)}` : ''}`);
        const lines = pending.reduce((n, r) => n + r.end - r.start + 1, 0);
        out.push(pending.length ? `${pending.length} AI-written region(s), ${lines} line(s), waiting for review — record one with \`vouch review\`` : 'nothing waiting for review');
        process.stdout.write(out.join('\n') + '\n');
      }
      process.exitCode = pending.length ? EXIT.gateFailed : EXIT.passed;
    });

  cmd
    .command('verify')
    .description('check that the review trail and the ledger are intact (hash chain); exit 1 if tampered')
    .action(() => {
      const targets = targetsOf({});
      const base = targets.top ?? targets.root;
      const out: string[] = [];
      let bad = 0;
      for (const [name, file] of [[REVIEWS_FILE, reviewsPath(base)], [LEDGER_FILE, ledgerPath(base)]] as const) {
        const { records, problems } = readChain<object>(file);
        bad += problems.length;
        out.push(problems.length ? `${name}: ${problems.length} problem(s) in ${records.length} record(s)` : `${name}: ${records.length} record(s), chain intact`);
        for (const p of problems) out.push(`  line ${p.line}: ${p.reason}`);
      }
      process.stdout.write(out.join('\n') + '\n');
      process.exitCode = bad ? EXIT.gateFailed : EXIT.passed;
    });
}
