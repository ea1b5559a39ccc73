import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, posix, resolve, sep } from 'node:path';
import { normalizeName, type DeclaredPackage, type ParseOutput, type ParseProblem } from '../model.js';
import { parseBunLock, parseNpmLock, parsePackageJson } from './npm.js';
import { parsePnpmLock } from './pnpm.js';
import { parsePipfile, parsePipfileLock, parsePoetryLock, parsePyproject, parseRequirementsTxt, parseUvLock } from './python.js';
import { parseYarnLock } from './yarn.js';
import { classifyManifests, type ManifestFacts } from './ownership.js';

/** Lockfiles can be far larger than source files; beyond this we skip with a notice instead of hanging. */
export const MAX_DEPENDENCY_FILE_BYTES = 128 * 1024 * 1024;

export type DependencyFileKind = 'manifest' | 'lockfile';

/** Which dependency file a name is, if any. Decided from the name alone. */
export function dependencyFileKind(path: string): DependencyFileKind | undefined {
  const name = basename(path);
  switch (name) {
    case 'package-lock.json': case 'npm-shrinkwrap.json': case 'yarn.lock': case 'pnpm-lock.yaml': case 'bun.lock':
    case 'poetry.lock': case 'Pipfile.lock': case 'uv.lock':
      return 'lockfile';
    case 'package.json': case 'pyproject.toml': case 'Pipfile':
      return 'manifest';
  }
  if (/^requirements.*\.(txt|in)$/i.test(name) || /(^|\/)requirements\/[^/]+\.txt$/.test(path)) return 'manifest';
  return undefined;
}

/** `content`, when given, is the file's text (staged blob, an editor buffer, a proposed edit); the disk is not read. */
export interface DependencyFile { path: string; absPath: string; content?: string }

export interface CollectedDependencies {
  /** Packages with an exact version: what advisories are matched against. */
  installed: DeclaredPackage[];
  /** The project's own declarations (manifest lines, or direct lockfile entries when no manifest): supply-chain checks. */
  direct: DeclaredPackage[];
  problems: ParseProblem[];
  /** Manifest ranges with no lockfile beside or above them: no installed version to check. */
  unpinned: DeclaredPackage[];
  /** Dependency files read, relative paths. */
  files: string[];
  /** Names of the project's own packages (workspaces), never looked up in a registry. */
  localNames: Set<string>;
  /** Manifests that are copies of third-party packages (bundled, vendored): not the project's declarations. */
  vendoredManifests: string[];
}

function parseOne(path: string, text: string): ParseOutput & { includes?: string[]; workspaceName?: string; manifest?: Omit<ManifestFacts, 'absDir'> } {
  const name = basename(path);
  switch (name) {
    case 'package.json': {
      const r = parsePackageJson(path, text);
      return { ...r, workspaceName: r.name, manifest: { path, name: r.name, private: r.private, workspaces: r.workspaces, declares: r.declares, installedCopy: r.installedCopy } };
    }
    case 'package-lock.json': case 'npm-shrinkwrap.json': return parseNpmLock(path, text);
    case 'yarn.lock': return parseYarnLock(path, text);
    case 'pnpm-lock.yaml': return parsePnpmLock(path, text);
    case 'bun.lock': return parseBunLock(path, text);
    case 'poetry.lock': return parsePoetryLock(path, text);
    case 'uv.lock': return parseUvLock(path, text);
    case 'Pipfile.lock': return parsePipfileLock(path, text);
    case 'Pipfile': return parsePipfile(path, text);
    case 'pyproject.toml': { const r = parsePyproject(path, text); return { ...r, workspaceName: r.name }; }
    default: return parseRequirementsTxt(path, text);
  }
}

function readText(absPath: string, content?: string): { text?: string; reason?: string; level?: 'error' | 'skipped' } {
  if (content !== undefined) {
    if (content.length > MAX_DEPENDENCY_FILE_BYTES) return { reason: `file is over the ${MAX_DEPENDENCY_FILE_BYTES}-byte limit for dependency files`, level: 'skipped' };
    if (content.includes('\0')) return { reason: 'binary content (NUL byte) in a dependency file', level: 'skipped' };
    return { text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content };
  }
  try {
    const size = statSync(absPath).size;
    if (size > MAX_DEPENDENCY_FILE_BYTES) return { reason: `file is ${size} bytes, over the ${MAX_DEPENDENCY_FILE_BYTES}-byte limit for dependency files`, level: 'skipped' };
    const buf = readFileSync(absPath);
    if (buf.includes(0)) return { reason: 'binary content (NUL byte) in a dependency file', level: 'skipped' };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e instanceof TypeError) return { reason: 'not valid UTF-8', level: 'error' };
    return { reason: `cannot read file (${e.code ?? e.message})`, level: 'error' };
  }
}

/** The same package declared twice in one manifest with different requirements. */
function conflictingDeclarations(path: string, packages: DeclaredPackage[]): ParseProblem[] {
  const seen = new Map<string, DeclaredPackage>();
  const problems: ParseProblem[] = [];
  for (const p of packages) {
    // An alias installs under its own name: `prettier` and `"prettier-2": "npm:prettier@^2"` side by side is deliberate.
    const key = `${p.ecosystem}:${normalizeName(p.ecosystem, p.alias ?? p.name)}`;
    const before = seen.get(key);
    if (before && (before.range ?? '') !== (p.range ?? '')) {
      problems.push({ path, level: 'error', reason: `conflicting declarations of ${p.name}: '${before.range ?? ''}' at line ${before.line} and '${p.range ?? ''}' at line ${p.line}` });
    }
    if (!before) seen.set(key, p);
  }
  return problems;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 300);
}

/**
 * Parse every manifest and lockfile, then relate them: a lockfile's entry is direct when the
 * manifest beside it declares the name, and manifest ranges covered by a lockfile are not
 * matched against advisories (the lockfile's exact version is).
 */
export function collectDependencies(files: DependencyFile[], root: string): CollectedDependencies {
  const problems: ParseProblem[] = [];
  const byPath = new Map<string, ParseOutput>();
  const localNames = new Set<string>();
  const queue = files.filter((f) => dependencyFileKind(f.path)).map((f) => ({ ...f, included: false }));
  const seen = new Set<string>();
  const rootAbs = resolve(root);
  const npmManifests: ManifestFacts[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    const read = readText(file.absPath, (file as DependencyFile).content);
    if (read.text === undefined) {
      if (!file.included || read.level !== 'error' || !read.reason?.startsWith('cannot read')) problems.push({ path: file.path, level: read.level ?? 'error', reason: read.reason ?? 'unreadable' });
      else problems.push({ path: file.path, level: 'error', reason: `included by -r but ${read.reason}` });
      continue;
    }
    if (read.text.trim() === '') { problems.push({ path: file.path, level: 'error', reason: 'empty dependency file' }); continue; }
    let out: ReturnType<typeof parseOne>;
    try {
      out = parseOne(file.path, read.text);
    } catch (err) {
      problems.push({ path: file.path, level: 'error', reason: `cannot parse: ${firstLine((err as Error).message)}` });
      continue;
    }
    problems.push(...out.problems);
    if (dependencyFileKind(file.path) === 'manifest') problems.push(...conflictingDeclarations(file.path, out.packages));
    byPath.set(file.path, out);
    if (out.workspaceName) localNames.add(out.workspaceName);
    if (out.manifest) npmManifests.push({ ...out.manifest, absDir: dirname(file.absPath) });
    for (const inc of out.includes ?? []) {
      // `-r` paths are relative to the including file; never follow them outside the scan root.
      const abs = resolve(dirname(file.absPath), inc);
      if (abs !== rootAbs && !abs.startsWith(rootAbs + sep)) { problems.push({ path: file.path, level: 'skipped', reason: `include '${inc}' points outside the scanned folder` }); continue; }
      const rel = abs.slice(rootAbs.length + 1).split(sep).join('/');
      queue.push({ path: rel, absPath: abs, included: true });
    }
  }

  const ownership = classifyManifests(npmManifests);
  for (const [path, absent] of ownership.absentWorkspaceNames) {
    // A declared workspace folder missing from the tree (a published copy of a monorepo's root):
    // its dependency named after the folder is that workspace package, not a registry package.
    for (const p of byPath.get(path)?.packages ?? []) if (absent.has(p.name.replace(/^@[^/]+\//, ''))) localNames.add(p.name);
  }
  for (const m of npmManifests) {
    // `"@next-gen/tsconfig": "0.0.0"` in package `next-gen` (or `@acme/config` in `@acme/web`): an
    // unpublished package of the same monorepo, in the authors' own scope, not a registry package.
    const family = m.name?.startsWith('@') ? m.name.split('/')[0] : m.name ? `@${m.name}` : undefined;
    if (!family) continue;
    for (const p of byPath.get(m.path)?.packages ?? []) if (p.range === '0.0.0' && p.name.startsWith(`${family}/`)) localNames.add(p.name);
  }
  const installed: DeclaredPackage[] = [];
  const direct: DeclaredPackage[] = [];
  const unpinned: DeclaredPackage[] = [];
  const dirOf = (p: string): string => posix.dirname(p);
  const manifestsByDir = new Map<string, DeclaredPackage[]>();
  const lockedByDir = new Map<string, Map<string, DeclaredPackage[]>>();
  for (const [path, out] of byPath) {
    if (ownership.vendored.has(path)) continue;
    if (dependencyFileKind(path) === 'manifest') {
      const list = manifestsByDir.get(dirOf(path)) ?? [];
      list.push(...out.packages);
      manifestsByDir.set(dirOf(path), list);
    } else {
      const m = lockedByDir.get(dirOf(path)) ?? new Map<string, DeclaredPackage[]>();
      for (const p of out.packages) {
        // An alias installs under its own name: `prettier` and `"prettier-2": "npm:prettier@^2"` side by side is deliberate.
    const key = `${p.ecosystem}:${normalizeName(p.ecosystem, p.alias ?? p.name)}`;
        m.set(key, [...(m.get(key) ?? []), p]);
      }
      lockedByDir.set(dirOf(path), m);
    }
  }
  // A manifest is covered by a lockfile in its own folder or any parent (workspaces lock at the root).
  const lockFor = (dir: string, key: string): DeclaredPackage[] | undefined => {
    for (let d = dir; ; d = dirOf(d)) {
      const hit = lockedByDir.get(d)?.get(key);
      if (hit) return hit;
      if (d === '.' || d === '/' || d === '') return undefined;
    }
  };
  for (const [dir, declared] of manifestsByDir) {
    for (const p of declared) {
      direct.push(p);
      // An alias installs under its own name: `prettier` and `"prettier-2": "npm:prettier@^2"` side by side is deliberate.
    const key = `${p.ecosystem}:${normalizeName(p.ecosystem, p.alias ?? p.name)}`;
      const locked = lockFor(dir, key);
      if (locked) {
        // When the lockfile says which ranges an entry satisfies, only the copy the manifest asked for is direct.
        const asked = locked.filter((l) => l.requested?.includes(p.range ?? ''));
        for (const l of asked.length ? asked : locked) {
          if (l.nested) continue;
          l.direct = true; l.declaredBy ??= p.path; if (!p.dev) l.dev = false; }
      } else if (p.version) {
        installed.push(p);
      } else {
        unpinned.push(p);
      }
    }
  }
  for (const [dir, m] of lockedByDir) {
    const hasManifest = manifestsByDir.has(dir);
    for (const list of m.values()) {
      for (const p of list) {
        installed.push(p);
        // With no manifest beside it, the lockfile's own idea of "direct" is all we know.
        if (!hasManifest && p.direct) direct.push(p);
      }
    }
  }
  // Another package's own manifest quirks (one name in two sections) are not the project's problem.
  const own = problems.filter((p) => !(ownership.vendored.has(p.path) && p.reason.startsWith('conflicting declarations')));
  return { installed, direct, problems: own, unpinned, files: [...byPath.keys()].sort(), localNames, vendoredManifests: [...ownership.vendored].sort() };
}

