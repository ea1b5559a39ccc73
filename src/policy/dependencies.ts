import picomatch from 'picomatch';
import { runGit } from '../provenance/git.js';

/** A dependency declared on one line of a manifest. */
export interface DeclaredDependency {
  name: string;
  line: number;
  ecosystem: 'npm' | 'pypi';
}

const NPM_SECTIONS = /^\s*"(dependencies|devDependencies|optionalDependencies|peerDependencies)"\s*:\s*\{/;
const NPM_ENTRY = /^\s*"((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)"\s*:\s*"[^"]*"/i;
const PY_REQ = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[=<>!~]=?|@|;|$)/;

export function isManifest(path: string): boolean {
  return /(^|\/)package\.json$/.test(path) || /(^|\/)requirements[^/]*\.txt$/.test(path);
}

/** Dependencies declared line by line (package.json sections, requirements*.txt). Never throws. */
export function declaredDependencies(path: string, text: string): DeclaredDependency[] {
  const lines = text.split(/\r?\n/);
  const out: DeclaredDependency[] = [];
  if (/package\.json$/.test(path)) {
    let inSection = false;
    lines.forEach((l, i) => {
      if (NPM_SECTIONS.test(l)) { inSection = !/\}\s*,?\s*$/.test(l); return; }
      if (!inSection) return;
      if (/^\s*\}/.test(l)) { inSection = false; return; }
      const m = NPM_ENTRY.exec(l);
      if (m) out.push({ name: m[1]!, line: i + 1, ecosystem: 'npm' });
    });
  } else {
    lines.forEach((l, i) => {
      const t = l.trim();
      if (!t || t.startsWith('#') || t.startsWith('-')) return;
      const m = PY_REQ.exec(t);
      if (m) out.push({ name: m[1]!.toLowerCase(), line: i + 1, ecosystem: 'pypi' });
    });
  }
  return out;
}

export function onAllowList(name: string, allow: string[]): boolean {
  return allow.some((a) => a === name || (/[*?]/.test(a) && picomatch.isMatch(name, a)));
}

/**
 * Dependency names the manifest declared before `commit` (its first parent), or at HEAD for
 * uncommitted lines: a line an AI reformatted is not a new dependency. Empty when there was no
 * earlier version.
 */
export function namesBefore(top: string, repoPath: string, commit: string | undefined, cache: Map<string, Set<string>>): Set<string> {
  const rev = commit ? `${commit}^` : 'HEAD';
  const key = `${rev}:${repoPath}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = runGit(top, ['show', key]);
  const names = new Set(r.ok ? declaredDependencies(repoPath, r.stdout).map((d) => d.name) : []);
  cache.set(key, names);
  return names;
}
