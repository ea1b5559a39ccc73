import semver from 'semver';
import type { DeclaredPackage, ParseOutput } from '../model.js';
import { jsonKeyLines, jsonPath, stripTrailingCommas } from './json-lines.js';

const DEP_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Specs that do not come from the registry (local, git, URL): nothing to look up or match. */
export function isRegistrySpec(spec: string): boolean {
  return !/^(workspace:|file:|link:|portal:|patch:|git\+|git:|github:|gitlab:|bitbucket:|https?:|exec:)/.test(spec)
    && !/^[^@\s]+\/[^@\s]+(#.*)?$/.test(spec); // `user/repo` GitHub shorthand
}

/** `npm:real-name@^1.0.0` aliases install another package under a local name. */
function resolveAlias(name: string, spec: string): { name: string; spec: string } {
  const m = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
  return m ? { name: m[1]!, spec: m[2] ?? '*' } : { name, spec };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** package.json: the project's direct dependencies with their ranges. Workspace globs are returned too. */
export function parsePackageJson(path: string, text: string): ParseOutput & { workspaces: string[]; name?: string; private: boolean; declares: Set<string>; installedCopy: boolean } {
  const data = asRecord(JSON.parse(text));
  const lines = jsonKeyLines(text, new Set(DEP_SECTIONS));
  const packages: DeclaredPackage[] = [];
  const scripts = Object.values(asRecord(data.scripts)).filter((v) => typeof v === 'string').join('\n');
  // (A name the scripts never spell is not looked for with a pattern.)
  const mentioned = (name: string): boolean =>
    scripts.includes(name) && new RegExp(`(^|[\\s/"'=])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s/"'@])`, 'm').test(scripts);
  // A scoped package's command is usually its unscoped name (`@nuxtjs/opencollective` → `opencollective`),
  // counted only where a command starts: the script's start, or after `&&`, `||`, `;`, `|`, `npx`.
  const commandRun = (name: string): boolean => {
    const bin = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : undefined;
    return !!bin && bin.length >= 3 && scripts.includes(bin)
      && new RegExp(`(^|&&|\\|\\||;|\\||\\bnpx)\\s*${bin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'm').test(scripts);
  };
  const bundle = new Set<string>();
  for (const key of ['bundleDependencies', 'bundledDependencies']) {
    const b = data[key];
    if (Array.isArray(b)) for (const n of b) if (typeof n === 'string') bundle.add(n);
    // `bundleDependencies: true` bundles every dependency.
    if (b === true) for (const n of Object.keys(asRecord(data.dependencies))) bundle.add(n);
  }
  for (const section of DEP_SECTIONS) {
    for (const [localName, rawSpec] of Object.entries(asRecord(data[section]))) {
      if (typeof rawSpec !== 'string' || !isRegistrySpec(rawSpec)) continue;
      const { name, spec } = resolveAlias(localName, rawSpec);
      const exact = semver.valid(spec.replace(/^=/, ''));
      packages.push({
        ecosystem: 'npm', name, range: spec, version: exact ?? undefined, direct: true,
        dev: section === 'devDependencies', path, line: lines.get(jsonPath(section, localName)) ?? 1, declaredBy: path,
        usedInScripts: mentioned(name) || commandRun(name), ...(bundle.has(localName) ? { bundled: true } : {}), ...(name !== localName ? { alias: localName } : {}),
      });
    }
  }
  const ws = data.workspaces;
  const workspaces = Array.isArray(ws) ? ws : Array.isArray(asRecord(ws).packages) ? (asRecord(ws).packages as unknown[]) : [];
  const declares = new Set<string>();
  for (const section of [...DEP_SECTIONS, 'peerDependencies']) for (const n of Object.keys(asRecord(data[section]))) declares.add(n);
  for (const n of bundle) declares.add(n);
  return {
    packages, problems: [], workspaces: workspaces.filter((w): w is string => typeof w === 'string'),
    name: typeof data.name === 'string' ? data.name : undefined,
    private: data.private === true, declares,
    installedCopy: typeof data._resolved === 'string' || typeof data._integrity === 'string' || typeof data._from === 'string',
  };
}

/** Name of the package installed at a `node_modules/...` path (last segment, scope included). */
function nameFromInstallPath(key: string): string | undefined {
  const at = key.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  return key.slice(at + 'node_modules/'.length);
}

/** package-lock.json / npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. */
export function parseNpmLock(path: string, text: string): ParseOutput {
  const data = asRecord(JSON.parse(text));
  const version = data.lockfileVersion;
  if (version === 2 || version === 3) return parseNpmLockPackages(path, text, data);
  if (version === 1) return parseNpmLockV1(path, text, data);
  return { packages: [], problems: [{ path, level: 'error', reason: `unknown package-lock lockfileVersion ${JSON.stringify(version ?? null)} (supported: 1, 2, 3)` }] };
}

function parseNpmLockPackages(path: string, text: string, data: Record<string, unknown>): ParseOutput {
  const entries = asRecord(data.packages);
  const duplicates: { key: string; lines: [number, number] }[] = [];
  const lines = jsonKeyLines(text, new Set(['packages']), duplicates);
  // JSON.parse silently keeps the last of two equal keys; a hand-merged lockfile deserves a word.
  const problems = duplicates.map((d) => ({ path, level: 'error' as const, reason: `conflicting duplicate entry '${d.key}' at lines ${d.lines[0]} and ${d.lines[1]}; the last one is used` }));
  // The root ("") and workspace folders (keys without node_modules/) declare the direct dependencies.
  const declared = new Set<string>();
  for (const [key, value] of Object.entries(entries)) {
    if (key.includes('node_modules/')) continue;
    const entry = asRecord(value);
    for (const section of [...DEP_SECTIONS, 'peerDependencies']) {
      for (const [localName, spec] of Object.entries(asRecord(entry[section]))) {
        declared.add(typeof spec === 'string' ? resolveAlias(localName, spec).name : localName);
      }
    }
  }
  const packages: DeclaredPackage[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const installedAs = nameFromInstallPath(key);
    if (!installedAs) continue;
    const entry = asRecord(value);
    if (entry.link === true || typeof entry.version !== 'string') continue;
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
    if (resolved && !/^https?:/.test(resolved)) continue; // git or file dependency
    const name = typeof entry.name === 'string' ? entry.name : installedAs;
    // Top level of the root or of a workspace: `node_modules/x` or `packages/a/node_modules/x`.
    const topLevel = key.indexOf('node_modules/') === key.lastIndexOf('node_modules/');
    packages.push({
      ecosystem: 'npm', name, version: entry.version, direct: topLevel && declared.has(installedAs),
      dev: entry.dev === true, nested: !topLevel, path, line: lines.get(jsonPath('packages', key)) ?? 1,
    });
  }
  return { packages, problems };
}

function parseNpmLockV1(path: string, text: string, data: Record<string, unknown>): ParseOutput {
  const lines = jsonKeyLines(text, new Set(['dependencies']));
  const packages: DeclaredPackage[] = [];
  const required = new Set<string>();
  const walk = (deps: Record<string, unknown>, trail: string[], depth: number): void => {
    for (const [installedAs, value] of Object.entries(deps)) {
      const entry = asRecord(value);
      for (const r of Object.keys(asRecord(entry.requires))) required.add(r);
      const here = [...trail, 'dependencies', installedAs];
      const version = typeof entry.version === 'string' ? entry.version : '';
      const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(version);
      const name = alias ? alias[1]! : installedAs;
      const exact = alias ? alias[2]! : version;
      if (semver.valid(exact)) {
        packages.push({
          ecosystem: 'npm', name, version: exact, direct: depth === 0, dev: entry.dev === true, nested: depth > 0,
          path, line: lines.get(jsonPath(...here)) ?? 1,
        });
      }
      if (entry.dependencies) walk(asRecord(entry.dependencies), here, depth + 1);
    }
  };
  walk(asRecord(data.dependencies), [], 0);
  // v1 has no root entry: a top-level package nobody requires was asked for by the project.
  for (const p of packages) if (p.direct && required.has(p.name)) p.direct = false;
  return { packages, problems: [] };
}

/** bun.lock (text format, lockfileVersion 0/1): JSON with trailing commas. */
export function parseBunLock(path: string, text: string): ParseOutput {
  const data = asRecord(JSON.parse(stripTrailingCommas(text)));
  const version = data.lockfileVersion;
  if (version !== 0 && version !== 1) {
    return { packages: [], problems: [{ path, level: 'error', reason: `unknown bun.lock lockfileVersion ${JSON.stringify(version ?? null)} (supported: 0, 1)` }] };
  }
  const declared = new Set<string>();
  for (const ws of Object.values(asRecord(data.workspaces))) {
    for (const section of DEP_SECTIONS) for (const name of Object.keys(asRecord(asRecord(ws)[section]))) declared.add(name);
  }
  const lines = jsonKeyLines(text, new Set(['packages']));
  const packages: DeclaredPackage[] = [];
  for (const [key, value] of Object.entries(asRecord(data.packages))) {
    if (!Array.isArray(value) || typeof value[0] !== 'string') continue;
    // value[0] is "name@version"; the name may be scoped, so split at the last '@'.
    const spec = value[0];
    const at = spec.lastIndexOf('@');
    if (at <= 0) continue;
    const name = spec.slice(0, at);
    const version = spec.slice(at + 1);
    if (!semver.valid(version)) continue; // workspace:, git, file entries
    packages.push({
      // Nested copies are keyed "parent/child"; only the top-level key equals the package name.
      ecosystem: 'npm', name, version, direct: key === name && declared.has(name),
      dev: false, nested: key !== name, path, line: lines.get(jsonPath('packages', key)) ?? 1,
    });
  }
  return { packages, problems: [] };
}
