import semver from 'semver';
import { parse as parseYaml } from 'yaml';
import type { DeclaredPackage, ParseOutput, ParseProblem } from '../model.js';

/** Split `name@range` (name may be scoped) at the '@' that ends the name. */
function splitSpec(spec: string): { name: string; range: string } | undefined {
  const at = spec.indexOf('@', 1);
  if (at < 0) return undefined;
  return { name: spec.slice(0, at), range: spec.slice(at + 1) };
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

export function parseYarnLock(path: string, text: string): ParseOutput {
  return /^__metadata:/m.test(text) ? parseYarnBerry(path, text) : parseYarnV1(path, text);
}

/**
 * Yarn v1's own format (not YAML): unindented headers listing the requested specs, then
 * indented `key "value"` fields. Written here because the reference parser is unmaintained and
 * gives no line numbers.
 */
function parseYarnV1(path: string, text: string): ParseOutput {
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  const lines = text.split(/\r?\n/);
  let current: { name: string; line: number; version?: string; requested: string[] } | undefined;
  const specLines = new Map<string, number>();
  const finish = (): void => {
    if (!current) return;
    if (current.version && semver.valid(current.version)) {
      packages.push({ ecosystem: 'npm', name: current.name, version: current.version, direct: false, dev: false, path, line: current.line, requested: current.requested });
    } else if (!current.version) {
      problems.push({ path, level: 'error', reason: `entry '${current.name}' at line ${current.line} has no version (truncated or malformed lockfile)` });
    }
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      finish();
      if (!raw.endsWith(':')) {
        problems.push({ path, level: 'error', reason: `line ${i + 1}: expected an entry header ending in ':'` });
        continue;
      }
      const specs = raw.slice(0, -1).split(',').map(unquote);
      for (const s of specs) {
        const before = specLines.get(s);
        if (before !== undefined) problems.push({ path, level: 'error', reason: `conflicting duplicate entry '${s}' at lines ${before} and ${i + 1}` });
        specLines.set(s, i + 1);
      }
      const first = specs[0]!;
      const spec = splitSpec(first);
      if (!spec) { problems.push({ path, level: 'error', reason: `line ${i + 1}: cannot read package name` }); continue; }
      // `alias@npm:real@^1` installs `real`.
      const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@/.exec(spec.range);
      const registry = alias || !/^(file:|link:|git|https?:|github:)/.test(spec.range);
      const requested = specs.map((x) => splitSpec(x)?.range).filter((r): r is string => r !== undefined);
      if (registry) current = { name: alias ? alias[1]! : spec.name, line: i + 1, requested };
      continue;
    }
    const m = /^ {2}version:? +"?([^"\s]+)"?\s*$/.exec(raw);
    if (m && current) current.version = m[1];
  }
  finish();
  return { packages, problems };
}

/** Yarn 2+ (Berry) writes YAML; entries are resolved as `name@npm:version`. */
function parseYarnBerry(path: string, text: string): ParseOutput {
  const data = parseYaml(text, { maxAliasCount: 100 }) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return { packages: [], problems: [{ path, level: 'error', reason: 'yarn.lock is empty or not a mapping' }] };
  const keyLines = new Map<string, number>();
  text.split(/\r?\n/).forEach((l, i) => { if (/^\S.*:$/.test(l)) keyLines.set(unquote(l.slice(0, -1)), i + 1); });
  const declared = new Set<string>();
  for (const value of Object.values(data)) {
    const entry = value as Record<string, unknown> | null;
    if (!entry || typeof entry.resolution !== 'string' || !entry.resolution.includes('@workspace:')) continue;
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = entry[section];
      if (deps && typeof deps === 'object') for (const n of Object.keys(deps)) declared.add(n);
    }
  }
  const packages: DeclaredPackage[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata' || !value || typeof value !== 'object') continue;
    const entry = value as Record<string, unknown>;
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
    const m = /^((?:@[^/@]+\/)?[^@]+)@npm:(.+)$/.exec(resolution);
    if (!m || !semver.valid(m[2]!)) continue;
    const specs = key.split(',').map((s) => splitSpec(s.trim()));
    packages.push({
      ecosystem: 'npm', name: m[1]!, version: m[2]!, direct: specs.some((sp) => sp !== undefined && declared.has(sp.name)),
      dev: false, path, line: keyLines.get(key) ?? 1,
      // Berry writes `npm:^1.2.0`; manifests say `^1.2.0`.
      requested: specs.map((sp) => sp?.range.replace(/^npm:/, '')).filter((r): r is string => r !== undefined),
    });
  }
  return { packages, problems: [] };
}
