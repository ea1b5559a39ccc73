/**
 * Where a scan comes from (repository, branch, commit, commit time, trigger), read from git and the
 * CI environment, overridable by flags. A remote URL's credentials never leave this module: only
 * its owner/name path is kept.
 */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import type { Trigger } from './report.js';

export interface ScanContext {
  repository: string;
  branch: string;
  commit: string;
  commitTime?: string;
  trigger: Trigger;
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_PARAMETERS: "'core.fsmonitor=false' 'core.pager=cat'", GIT_TERMINAL_PROMPT: '0' },
  });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

/** `https://user:token@github.com/acme/shop.git`, `git@github.com:acme/shop.git` → `acme/shop`. */
export function repositoryFromRemote(url: string): string | undefined {
  let path: string;
  const scp = /^[^@/]+@[^:/]+:(.+)$/.exec(url);
  if (scp) path = scp[1]!;
  else {
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
  }
  const name = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return name || undefined;
}

/** The branch a CI job builds (detached HEAD there), from the usual CI variables. */
function ciBranch(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.BUILDKITE_BRANCH || env.CIRCLE_BRANCH || env.BRANCH_NAME || undefined;
}

export function detectContext(cwd: string, overrides: Partial<ScanContext> = {}, env: NodeJS.ProcessEnv = process.env): ScanContext {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  const remote = top ? git(top, ['config', '--get', 'remote.origin.url']) : undefined;
  const head = top ? git(top, ['rev-parse', '--abbrev-ref', 'HEAD']) : undefined;
  return {
    repository: overrides.repository ?? (env.GITHUB_REPOSITORY || (remote && repositoryFromRemote(remote)) || basename(top ?? cwd)),
    branch: overrides.branch ?? ciBranch(env) ?? (head && head !== 'HEAD' ? head : 'HEAD'),
    commit: overrides.commit ?? (top ? git(top, ['rev-parse', 'HEAD']) : undefined) ?? 'unknown',
    commitTime: overrides.commitTime ?? (top ? git(top, ['show', '-s', '--format=%cI', 'HEAD']) : undefined),
    trigger: overrides.trigger ?? (env.CI && env.CI !== 'false' ? 'ci' : 'local'),
  };
}
