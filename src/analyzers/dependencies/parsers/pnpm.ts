import semver from 'semver';
import { parse as parseYaml } from 'yaml';
import type { DeclaredPackage, ParseOutput } from '../model.js';

const SUPPORTED = new Set(['6.0', '6.1', '7.0', '9.0']);

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** `/@scope/name@1.2.3(peer@1)` (v6) or `name@1.2.3(peer@1)` (v9) → name and version. */
function splitPackageKey(key: string): { name: string; version: string } | undefined {
  const k = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = k.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: k.slice(0, at), version: k.slice(at + 1) };
}

export function parsePnpmLock(path: string, text: string): ParseOutput {
  const data = asRecord(parseYaml(text, { maxAliasCount: 100 }));
  const version = String(data.lockfileVersion ?? '');
  if (!SUPPORTED.has(version)) {
    return { packages: [], problems: [{ path, level: 'error', reason: `unsupported pnpm lockfileVersion '${version}' (supported: 6.0, 6.1, 7.0, 9.0)` }] };
  }
  // Direct dependencies: every importer (workspace project), or the top level in single-project v6 files.
  const declared = new Set<string>();
  const runtime = new Set<string>();
  // Importers name the exact version each project uses; other copies of the name are transitive.
  const directVersions = new Map<string, Set<string>>();
  const importers = Object.keys(asRecord(data.importers)).length ? Object.values(asRecord(data.importers)) : [data];
  for (const importer of importers) {
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      for (const [name, spec] of Object.entries(asRecord(asRecord(importer)[section]))) {
        declared.add(name);
        if (section !== 'devDependencies') runtime.add(name);
        const v = typeof spec === 'string' ? spec : asRecord(spec).version;
        if (typeof v === 'string') {
          const set = directVersions.get(name) ?? new Set<string>();
          set.add(v.replace(/\(.*$/, ''));
          directVersions.set(name, set);
        }
      }
    }
  }
  const keyLines = new Map<string, number>();
  let inPackages = false;
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\S/.test(line)) inPackages = line.startsWith('packages:');
    else if (inPackages) {
      const m = /^ {2}(\S.*):\s*(\{\})?$/.exec(line);
      if (m) keyLines.set(m[1]!.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1'), i + 1);
    }
  });
  const packages: DeclaredPackage[] = [];
  for (const [key, value] of Object.entries(asRecord(data.packages))) {
    const parsed = splitPackageKey(key);
    if (!parsed || !semver.valid(parsed.version)) continue; // tarball, git and link entries
    packages.push({
      ecosystem: 'npm', name: parsed.name, version: parsed.version,
      direct: declared.has(parsed.name) && (directVersions.get(parsed.name)?.has(parsed.version) ?? true),
      nested: directVersions.has(parsed.name) && !directVersions.get(parsed.name)!.has(parsed.version),
      // v9 dropped the per-package `dev` flag; a name only the importers' devDependencies list is dev.
      dev: asRecord(value).dev === true || (declared.has(parsed.name) && !runtime.has(parsed.name)),
      path, line: keyLines.get(key) ?? 1,
    });
  }
  return { packages, problems: [] };
}
