/**
 * Which package.json files are the project's own: the ones its package manager installs from.
 * A repository also holds copies of third-party packages (bundled dependencies, vendored folders,
 * a renamed node_modules): their declarations — above all their devDependencies, which name
 * unpublished workspace packages of *their* repositories — are not the project's dependencies.
 *
 * Own: a manifest with no manifest above it; one a workspace declaration of an own manifest above
 * it matches (package.json `workspaces`, pnpm-workspace.yaml, lerna.json `packages`); and a nested
 * project that does not look like a copy of a published package.
 * A copy: under node_modules / vendor / third_party / bower_components, inside another copy, or a
 * non-private manifest whose name a manifest above it depends on, whose folder is named after it,
 * or that carries the fields npm writes into installed copies (`_resolved`, `_integrity`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';

export interface ManifestFacts {
  path: string;
  /** Folder of the manifest on disk (to read pnpm-workspace.yaml / lerna.json beside it). */
  absDir: string;
  name?: string;
  private: boolean;
  /** Workspace globs declared by package.json. */
  workspaces: string[];
  /** Every name in a dependency section (dependencies, dev, optional, peer, bundled). */
  declares: Set<string>;
  /** npm's install-time fields (`_resolved`, `_integrity`, `_from`) are present. */
  installedCopy: boolean;
}

const VENDOR_DIR = /(^|\/)(node_modules|bower_components|jspm_packages|vendor|vendors|third_party|third-party)(\/|$)/;

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Workspace globs beside a manifest in pnpm-workspace.yaml and lerna.json (read only if present). */
function sideWorkspaceGlobs(absDir: string): string[] {
  const out: string[] = [];
  const pnpm = join(absDir, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    try { out.push(...asList((parseYaml(readFileSync(pnpm, 'utf8')) as { packages?: unknown } | null)?.packages)); } catch { /* unreadable: no globs */ }
  }
  const lerna = join(absDir, 'lerna.json');
  if (existsSync(lerna)) {
    try { out.push(...asList((JSON.parse(readFileSync(lerna, 'utf8')) as { packages?: unknown }).packages)); } catch { /* unreadable: no globs */ }
  }
  return out;
}

export interface Ownership {
  /** Manifests that are copies of third-party packages. */
  vendored: Set<string>;
  /**
   * Names that stand for workspace packages whose folders are declared but not in the scanned tree
   * (`workspaces: ["mock-registry"]` in a published copy of a monorepo's root): last path segment.
   */
  absentWorkspaceNames: Map<string, Set<string>>;
}

export function classifyManifests(manifests: ManifestFacts[]): Ownership {
  const byDir = new Map(manifests.map((m) => [posix.dirname(m.path), m]));
  const globsOf = new Map<string, string[]>();
  const globs = (m: ManifestFacts): string[] => {
    let g = globsOf.get(m.path);
    if (!g) {
      g = [...m.workspaces, ...sideWorkspaceGlobs(m.absDir)].filter((x) => !x.startsWith('!')).map((x) => x.replace(/^\.\//, '').replace(/\/+$/, ''));
      globsOf.set(m.path, g);
    }
    return g;
  };
  const ancestors = (dir: string): ManifestFacts[] => {
    const out: ManifestFacts[] = [];
    for (let d = dir; d !== '.' && d !== '' && d !== '/';) {
      d = posix.dirname(d);
      const m = byDir.get(d);
      if (m) out.push(m);
    }
    return out;
  };
  const vendored = new Set<string>();
  const own = new Set<string>();
  // Shallow first, so every ancestor is decided before its descendants.
  const sorted = [...manifests].sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  for (const m of sorted) {
    const dir = posix.dirname(m.path);
    const above = ancestors(dir);
    if (above.length === 0) { if (VENDOR_DIR.test(dir)) vendored.add(m.path); else own.add(m.path); continue; }
    if (above.some((a) => vendored.has(a.path))) { vendored.add(m.path); continue; }
    const isWorkspace = above.some((a) => {
      const aDir = posix.dirname(a.path);
      const rel = aDir === '.' ? dir : dir.slice(aDir.length + 1);
      return globs(a).length > 0 && picomatch(globs(a), { dot: true })(rel);
    });
    if (isWorkspace) { own.add(m.path); continue; }
    const copy = VENDOR_DIR.test(dir) || (!m.private && (m.installedCopy
      || (m.name !== undefined && (above.some((a) => a.declares.has(m.name!)) || dir === m.name || dir.endsWith(`/${m.name}`)))));
    (copy ? vendored : own).add(m.path);
  }
  // Workspace folders an own manifest declares that hold no scanned manifest.
  const absentWorkspaceNames = new Map<string, Set<string>>();
  for (const m of manifests) {
    if (!own.has(m.path)) continue;
    const mDir = posix.dirname(m.path);
    const names = new Set<string>();
    for (const g of globs(m)) {
      if (/[*?{}[\]]/.test(g)) continue;
      const wsDir = mDir === '.' ? g : `${mDir}/${g}`;
      if (!byDir.has(wsDir)) names.add(g.split('/').pop()!);
    }
    if (names.size) absentWorkspaceNames.set(m.path, names);
  }
  return { vendored, absentWorkspaceNames };
}
