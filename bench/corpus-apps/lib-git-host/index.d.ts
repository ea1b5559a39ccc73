export type HostType = 'github' | 'gitlab' | 'bitbucket' | 'gist';
export type Representation = 'shortcut' | 'sshurl' | 'https' | 'browse';

export interface FillOptions {
  noCommittish?: boolean;
  noGitPlus?: boolean;
  path?: string;
}

export declare class GitHost {
  type: HostType;
  user: string | null;
  auth: string | null;
  project: string;
  committish: string | null;
  domain: string;
  hash(): string;
  ssh(opts?: FillOptions): string | null;
  sshurl(opts?: FillOptions): string | null;
  browse(opts?: FillOptions): string | null;
  https(opts?: FillOptions): string | null;
  tarball(opts?: FillOptions): string | null;
  shortcut(opts?: FillOptions): string | null;
  path(opts?: FillOptions): string | null;
  getDefaultRepresentation(): Representation;
  toString(opts?: FillOptions): string;
}

/** Parses any repository URL or shortcut (`user/repo`, `github:user/repo#ref`, `git@github.com:user/repo.git`). */
export function fromUrl(giturl: string, opts?: FillOptions): GitHost | undefined;
export function isGitHubShorthand(arg: string): boolean;
export declare const hosts: Record<HostType, Record<string, unknown>>;
