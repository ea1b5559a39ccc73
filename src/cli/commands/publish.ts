/** Recording a report in the local history and uploading it to a server: shared by `scan` and `upload`. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { UploadError, uploadScan } from '../../server/client.js';
import { detectContext, type ScanContext } from '../../store/context.js';
import { TRIGGERS, type ReportJson, type Trigger } from '../../store/report.js';
import { describeTarget, storeTarget } from './store-options.js';

export interface PublishOptions {
  server?: string;
  token?: string;
  repository?: string;
  branch?: string;
  commit?: string;
  commitTime?: string;
  trigger?: Trigger;
}

/** --server/--token and the context overrides (same spelling in `scan` and `upload`). */
export function addPublishOptions(cmd: Command): Command {
  return cmd
    .option('--server <url>', 'Vouch server to upload to (default: $VOUCH_SERVER)')
    .option('--token <token>', 'upload token (default: $VOUCH_TOKEN)')
    .option('--repository <name>', 'repository name recorded with the scan (default: $GITHUB_REPOSITORY or the origin remote\'s owner/name)')
    .option('--branch <name>', 'branch recorded with the scan (default: the CI branch or the checked-out branch)')
    .option('--commit <sha>', 'commit recorded with the scan (default: HEAD)')
    .addOption(new Option('--trigger <where>', 'where the scan ran; ci and pre-commit count towards coverage (default: ci under CI, else local)').choices([...TRIGGERS]));
}

export function scanContext(cwd: string, opts: PublishOptions, trigger?: Trigger): ScanContext {
  return detectContext(cwd, {
    repository: opts.repository, branch: opts.branch, commit: opts.commit, commitTime: opts.commitTime, trigger: opts.trigger ?? trigger,
  });
}

export function uploadBody(report: ReportJson, ctx: ScanContext): Record<string, unknown> {
  return {
    ...report,
    repository: ctx.repository,
    branch: ctx.branch,
    commit: ctx.commit,
    ...(ctx.commitTime ? { commitTime: ctx.commitTime } : {}),
    trigger: ctx.trigger,
  };
}

export async function recordLocally(report: ReportJson, ctx: ScanContext, db: string | undefined): Promise<string> {
  const target = storeTarget(db);
  // Loaded on demand: a plain scan (a pre-commit hook) does not pay for the database drivers.
  const { Store } = await import('../../store/store.js');
  const store = await Store.open(target);
  try {
    const { id, duplicate } = await store.recordScan({ ...ctx, report });
    return `scan ${id} ${duplicate ? 'was already recorded' : 'recorded'} in ${describeTarget(target)} (${ctx.repository} ${ctx.branch} ${ctx.commit.slice(0, 12)})`;
  } finally {
    await store.close();
  }
}

export async function uploadToServer(report: ReportJson, ctx: ScanContext, opts: PublishOptions): Promise<string> {
  const server = opts.server ?? process.env.VOUCH_SERVER ?? '';
  if (!server) throw new UploadError('no server: pass --server URL or set VOUCH_SERVER', 400);
  const { id, duplicate } = await uploadScan(server, opts.token ?? process.env.VOUCH_TOKEN, uploadBody(report, ctx));
  return `scan ${id} ${duplicate ? 'was already on' : 'uploaded to'} ${new URL(server).origin} (${ctx.repository} ${ctx.branch} ${ctx.commit.slice(0, 12)})`;
}
