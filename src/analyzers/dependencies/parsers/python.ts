import { valid as pep440Valid } from '@renovatebot/pep440';
import { parse as parseToml } from 'smol-toml';
import type { DeclaredPackage, ParseOutput, ParseProblem } from '../model.js';
import { jsonKeyLines, jsonPath } from './json-lines.js';

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** PEP 508 requirement: name, optional extras, version specifiers, optional `; marker`. */
const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;

export interface Requirement { name: string; specifier: string; version?: string; url: boolean }

export function parseRequirementString(req: string): Requirement | undefined {
  const withoutMarker = req.split(';')[0]!.trim();
  const m = REQUIREMENT.exec(withoutMarker);
  if (!m) return undefined;
  const rest = m[2]!.trim().replace(/^\((.*)\)$/, '$1');
  if (rest.startsWith('@')) return { name: m[1]!, specifier: rest, url: true };
  const pin = /^===?\s*([^\s,*]+)$/.exec(rest);
  const version = pin && pep440Valid(pin[1]!) ? pin[1]! : undefined;
  return { name: m[1]!, specifier: rest, version, url: false };
}

/** requirements*.txt: pins, hashes, markers, continuation lines and `-r` includes. */
export function parseRequirementsTxt(path: string, text: string): ParseOutput & { includes: string[] } {
  const packages: DeclaredPackage[] = [];
  const problems: ParseProblem[] = [];
  const includes: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i]!;
    while (logical.endsWith('\\') && i + 1 < lines.length) logical = logical.slice(0, -1) + ' ' + lines[++i]!;
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (!content) continue;
    const include = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(content);
    if (include) { includes.push(include[1]!); continue; }
    if (content.startsWith('-')) continue; // -e, -c, --index-url, --hash on its own, …
    if (/^(https?|git\+|file):/.test(content) || content.startsWith('.') || content.startsWith('/')) continue;
    const req = parseRequirementString(content.replace(/\s--hash[= ]\S+/g, ''));
    if (!req) { problems.push({ path, level: 'error', reason: `line ${startLine}: cannot read requirement` }); continue; }
    if (req.url) continue;
    packages.push({
      ecosystem: 'PyPI', name: req.name, range: req.specifier || undefined, version: req.version,
      direct: true, dev: /dev|test/i.test(path.split('/').pop() ?? ''), path, line: startLine, declaredBy: path,
    });
  }
  return { packages, problems, includes };
}

/** 1-based line of the first line at or after `from` matching `re`, else `fallback`. */
function findLine(lines: string[], re: RegExp, from = 0, fallback = 1): number {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
  return fallback;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** pyproject.toml: PEP 621 `[project]`, PEP 735 dependency groups and Poetry tables. */
export function parsePyproject(path: string, text: string): ParseOutput & { name?: string } {
  const data = asRecord(parseToml(text));
  const lines = text.split(/\r?\n/);
  const packages: DeclaredPackage[] = [];
  const add = (name: string, specifier: string | undefined, version: string | undefined, dev: boolean, section: RegExp): void => {
    const from = Math.max(0, findLine(lines, section, 0, 0) - 1);
    const line = findLine(lines, new RegExp(`(^|["'\\s])${escapeRe(name)}\\s*([\\[=<>!~;@"'(\\s]|$)`, 'i'), from);
    packages.push({ ecosystem: 'PyPI', name, range: specifier || undefined, version, direct: true, dev, path, line, declaredBy: path });
  };
  const fromList = (list: unknown, dev: boolean, section: RegExp): void => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const req = parseRequirementString(item);
      if (req && !req.url) add(req.name, req.specifier, req.version, dev, section);
    }
  };
  const project = asRecord(data.project);
  fromList(project.dependencies, false, /^\[project\]/);
  for (const list of Object.values(asRecord(project['optional-dependencies']))) fromList(list, false, /^\[project\.optional-dependencies\]/);
  for (const list of Object.values(asRecord(data['dependency-groups']))) fromList(list, true, /^\[dependency-groups\]/);
  const poetry = asRecord(asRecord(data.tool).poetry);
  const poetryTable = (table: unknown, dev: boolean, section: RegExp): void => {
    for (const [name, spec] of Object.entries(asRecord(table))) {
      if (name.toLowerCase() === 'python') continue;
      const s = typeof spec === 'string' ? spec : typeof asRecord(spec).version === 'string' ? (asRecord(spec).version as string) : undefined;
      if (!s && (asRecord(spec).path || asRecord(spec).git || asRecord(spec).url)) continue;
      const pinned = s && /^(==)?\d[^\s,*^~<>=!]*$/.test(s) && pep440Valid(s.replace(/^==/, '')) ? s.replace(/^==/, '') : undefined;
      add(name, s, pinned, dev, section);
    }
  };
  poetryTable(poetry.dependencies, false, /^\[tool\.poetry\.dependencies\]/);
  poetryTable(poetry['dev-dependencies'], true, /^\[tool\.poetry\.dev-dependencies\]/);
  for (const [group, def] of Object.entries(asRecord(poetry.group))) {
    poetryTable(asRecord(def).dependencies, true, new RegExp(`^\\[tool\\.poetry\\.group\\.${escapeRe(group)}\\.dependencies\\]`));
  }
  return { packages, problems: [], name: typeof project.name === 'string' ? project.name : typeof poetry.name === 'string' ? poetry.name : undefined };
}

/** Line of each `[[package]]`'s `name = "…"`, in order, for poetry.lock and uv.lock. */
function packageNameLines(lines: string[]): number[] {
  const out: number[] = [];
  let inPackage = false;
  lines.forEach((l, i) => {
    if (/^\[\[package\]\]\s*$/.test(l)) { inPackage = true; return; }
    if (/^\[/.test(l)) { inPackage = false; return; }
    if (inPackage && /^name\s*=/.test(l)) { out.push(i + 1); inPackage = false; }
  });
  return out;
}

/** poetry.lock and uv.lock share the `[[package]] name/version` shape. */
function parseTomlLock(path: string, text: string, kind: 'poetry' | 'uv'): ParseOutput {
  const data = asRecord(parseToml(text));
  const list = Array.isArray(data.package) ? data.package : [];
  const nameLines = packageNameLines(text.split(/\r?\n/));
  const declared = new Set<string>();
  const devDeclared = new Set<string>();
  if (kind === 'uv') {
    // The project itself is a package with an editable or virtual source; its dependencies are direct.
    for (const p of list) {
      const entry = asRecord(p);
      const source = asRecord(entry.source);
      if (!('editable' in source) && !('virtual' in source)) continue;
      for (const d of Array.isArray(entry.dependencies) ? entry.dependencies : []) declared.add(String(asRecord(d).name ?? ''));
      for (const group of Object.values(asRecord(entry['dev-dependencies']))) {
        for (const d of Array.isArray(group) ? group : []) devDeclared.add(String(asRecord(d).name ?? ''));
      }
    }
  }
  const packages: DeclaredPackage[] = [];
  list.forEach((p, index) => {
    const entry = asRecord(p);
    if (typeof entry.name !== 'string' || typeof entry.version !== 'string') return;
    const source = asRecord(entry.source);
    if (kind === 'uv' && !('registry' in source)) return; // the project itself, git, path or URL sources
    if (kind === 'poetry' && typeof source.type === 'string' && source.type !== 'legacy') return;
    packages.push({
      ecosystem: 'PyPI', name: entry.name, version: entry.version,
      direct: declared.has(entry.name) || devDeclared.has(entry.name),
      dev: entry.category === 'dev' || (devDeclared.has(entry.name) && !declared.has(entry.name)),
      path, line: nameLines[index] ?? 1,
    });
  });
  return { packages, problems: [] };
}

export function parsePoetryLock(path: string, text: string): ParseOutput {
  return parseTomlLock(path, text, 'poetry');
}

export function parseUvLock(path: string, text: string): ParseOutput {
  return parseTomlLock(path, text, 'uv');
}

/** Pipfile.lock: JSON with `default` and `develop` maps of `{ version: "==1.2.3" }`. */
export function parsePipfileLock(path: string, text: string): ParseOutput {
  const data = asRecord(JSON.parse(text));
  if (!('default' in data) && !('develop' in data)) {
    return { packages: [], problems: [{ path, level: 'error', reason: 'not a Pipfile.lock: no "default" or "develop" section' }] };
  }
  const lines = jsonKeyLines(text, new Set(['default', 'develop']));
  const packages: DeclaredPackage[] = [];
  for (const section of ['default', 'develop'] as const) {
    for (const [name, value] of Object.entries(asRecord(data[section]))) {
      const v = asRecord(value).version;
      if (typeof v !== 'string') continue; // VCS or path entries
      const version = v.replace(/^===?/, '');
      if (!pep440Valid(version)) continue;
      packages.push({ ecosystem: 'PyPI', name, version, direct: false, dev: section === 'develop', path, line: lines.get(jsonPath(section, name)) ?? 1 });
    }
  }
  return { packages, problems: [] };
}

/** Pipfile (TOML): `[packages]` and `[dev-packages]` are the direct dependencies. */
export function parsePipfile(path: string, text: string): ParseOutput {
  const data = asRecord(parseToml(text));
  const lines = text.split(/\r?\n/);
  const packages: DeclaredPackage[] = [];
  for (const [section, dev] of [['packages', false], ['dev-packages', true]] as const) {
    const from = Math.max(0, findLine(lines, new RegExp(`^\\[${section}\\]`), 0, 0) - 1);
    for (const [name, spec] of Object.entries(asRecord(data[section]))) {
      const s = typeof spec === 'string' ? spec : typeof asRecord(spec).version === 'string' ? (asRecord(spec).version as string) : undefined;
      if (s === undefined) continue;
      const pin = /^==\s*([^\s,*]+)$/.exec(s);
      packages.push({
        ecosystem: 'PyPI', name, range: s, version: pin && pep440Valid(pin[1]!) ? pin[1] : undefined, direct: true, dev,
        path, line: findLine(lines, new RegExp(`^["']?${escapeRe(name)}["']?\\s*=`, 'i'), from), declaredBy: path,
      });
    }
  }
  return { packages, problems: [] };
}
