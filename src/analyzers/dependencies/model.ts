/** Package ecosystems Vouch understands, spelled as OSV spells them. */
export type Ecosystem = 'npm' | 'PyPI';

/** One package as a manifest or lockfile declares it. */
export interface DeclaredPackage {
  ecosystem: Ecosystem;
  /** Name as written (npm: exact; PyPI: as written, compare with `normalizeName`). */
  name: string;
  /** Exact resolved version when the file pins one (lockfiles, `==` pins); undefined for ranges. */
  version?: string;
  /** The range or specifier as written in a manifest (`^4.17.0`, `>=2,<3`). */
  range?: string;
  /** Declared by the project itself (manifest or root of a lockfile), not pulled in by another package. */
  direct: boolean;
  /** Development-only dependency (devDependencies, dev groups). */
  dev: boolean;
  /** File that declared it (relative path) and the 1-based line of the entry. */
  path: string;
  line: number;
  /** The manifest that declared a direct dependency (package.json, pyproject.toml, …) when known. */
  declaredBy?: string;
  /** Ranges this lockfile entry was resolved for (yarn headers), to tell which copy a manifest asked for. */
  requested?: string[];
  /** A copy nested under another package (npm `node_modules/a/node_modules/b`): never the direct one. */
  nested?: boolean;
  /** A package.json script mentions the name (a CLI used by name, not imported). */
  usedInScripts?: boolean;
  /** Listed in the manifest's bundleDependencies: shipped inside the package, often for its other bundled packages. */
  bundled?: boolean;
  /** The local name of an npm alias (`"prettier-2": "npm:prettier@^2"` installs prettier as prettier-2). */
  alias?: string;
}

/** A problem with one input file; it becomes a ScanNotice and the scan goes on. */
export interface ParseProblem {
  path: string;
  level: 'error' | 'skipped';
  reason: string;
}

export interface ParseOutput {
  packages: DeclaredPackage[];
  problems: ParseProblem[];
}

/** PEP 503 name normalisation; npm names are case-sensitive and compared as written. */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

/** Lines of a text, 1-based access helper that never throws. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
