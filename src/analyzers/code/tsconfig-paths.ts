/**
 * TypeScript path aliases (`compilerOptions.paths` + `baseUrl` in tsconfig.json / jsconfig.json)
 * for the cross-file link step. Read as data (JSON with comments), never executed; `extends` is
 * followed only to files inside the project. Also the aliases a framework declares in its own
 * config and writes into a generated tsconfig that is not checked in (SvelteKit's `$lib`, Nuxt's `~`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';

const REDWOOD_CONFIG = /(^|\/)redwood\.toml$/;

export interface PathAlias {
  /** Pattern with at most one `*`: `@app/*`, `~lib`. */
  pattern: string;
  /** Targets relative to the project root, with the same `*`: `src/app/*`. */
  targets: string[];
}

/** Strip // and /* *\/ comments and trailing commas outside strings (tsconfig is JSONC). */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else {
      out += c;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

interface CompilerOptions { baseUrl?: string; paths?: Record<string, string[]> }

function load(file: string, root: string, depth: number): { options: CompilerOptions; dir: string } | undefined {
  if (depth > 4) return undefined;
  let data: { extends?: string; compilerOptions?: CompilerOptions };
  try {
    data = parseJsonc(readFileSync(file, 'utf8')) as typeof data;
  } catch {
    return undefined;
  }
  const dir = dirname(file);
  let base: { options: CompilerOptions; dir: string } | undefined;
  if (typeof data.extends === 'string' && data.extends.startsWith('.')) {
    const target = resolve(dir, data.extends.endsWith('.json') ? data.extends : `${data.extends}.json`);
    if (target.startsWith(root + sep)) base = load(target, root, depth + 1);
  }
  const own = data.compilerOptions ?? {};
  return {
    options: { baseUrl: own.baseUrl ?? base?.options.baseUrl, paths: own.paths ?? base?.options.paths },
    dir: own.baseUrl || own.paths ? dir : base?.dir ?? dir,
  };
}

/** Aliases of one tsconfig/jsconfig, applying to files under its directory (`dir`, relative to root). */
export interface AliasScope {
  dir: string;
  aliases: PathAlias[];
}

/**
 * Path aliases of every tsconfig.json/jsconfig.json among the project's files (monorepos have
 * several); each applies to the files below its own directory.
 */
export function readPathAliases(root: string, projectFiles: string[]): AliasScope[] {
  const configs = projectFiles.filter((f) => /(^|\/)(tsconfig|jsconfig)\.json$/.test(f) && !f.includes('node_modules/'));
  const scopes: AliasScope[] = [];
  for (const rel of configs) {
    const loaded = load(join(root, rel), resolve(root), 0);
    if (!loaded) continue;
    const { options, dir } = loaded;
    const baseDir = resolve(dir, options.baseUrl ?? '.');
    const aliases: PathAlias[] = [];
    for (const [pattern, targets] of Object.entries(options.paths ?? {})) {
      if (!Array.isArray(targets)) continue;
      aliases.push({
        pattern,
        targets: targets.filter((t) => typeof t === 'string').map((t) => relative(root, resolve(baseDir, t)).split(sep).join('/')),
      });
    }
    if (options.baseUrl && !aliases.some((a) => a.pattern === '*')) {
      aliases.push({ pattern: '*', targets: [`${relative(root, baseDir).split(sep).join('/') || '.'}/*`] });
    }
    if (aliases.length) scopes.push({ dir: dirname(rel) === '.' ? '' : dirname(rel), aliases });
  }
  for (const rel of projectFiles) {
    const frameworkAliases = SVELTE_CONFIG.test(rel) ? svelteKitAliases : NUXT_CONFIG.test(rel) ? nuxtAliases : undefined;
    if (!frameworkAliases || rel.includes('node_modules/')) continue;
    const dir = dirname(rel) === '.' ? '' : dirname(rel);
    let text = '';
    try {
      text = readFileSync(join(root, rel), 'utf8');
    } catch {
      continue;
    }
    const extra = frameworkAliases(text, dir);
    const own = scopes.find((s) => s.dir === dir);
    if (own) {
      for (const a of extra) if (!own.aliases.some((b) => b.pattern === a.pattern)) own.aliases.push(a);
      continue;
    }
    // A config of its own below a tsconfig: keep that tsconfig's aliases too.
    const outer = scopes.filter((s) => s.dir === '' || dir.startsWith(s.dir + '/')).sort((a, b) => b.dir.length - a.dir.length)[0];
    scopes.push({ dir, aliases: [...extra, ...(outer?.aliases.filter((a) => !extra.some((b) => b.pattern === a.pattern)) ?? [])] });
  }
  // RedwoodJS: beside `redwood.toml`, the `api` and `web` sides import their own files as `src/…`
  // (babel-plugin-module-resolver, and the generated tsconfig's `paths`).
  for (const rel of projectFiles) {
    if (!REDWOOD_CONFIG.test(rel) || rel.includes('node_modules/')) continue;
    const base = dirname(rel) === '.' ? '' : dirname(rel);
    for (const side of ['api', 'web']) {
      const dir = base ? `${base}/${side}` : side;
      const alias: PathAlias = { pattern: 'src/*', targets: [`${dir}/src/*`] };
      const own = scopes.find((s) => s.dir === dir);
      if (own) {
        if (!own.aliases.some((a) => a.pattern === alias.pattern)) own.aliases.push(alias);
        continue;
      }
      const outer = scopes.filter((s) => s.dir === '' || dir.startsWith(s.dir + '/')).sort((a, b) => b.dir.length - a.dir.length)[0];
      scopes.push({ dir, aliases: [alias, ...(outer?.aliases.filter((a) => a.pattern !== alias.pattern) ?? [])] });
    }
  }
  // Node's subpath imports (`"imports": { "#services/*": "./app/services/*.js" }` in package.json,
  // AdonisJS and other ESM apps): every scope at or below a package takes its nearest package's.
  const packages = new Map<string, PathAlias[]>();
  const manifests: { dir: string; data: { name?: unknown; exports?: unknown; main?: unknown; module?: unknown; workspaces?: unknown } }[] = [];
  for (const rel of projectFiles) {
    if (!/(^|\/)package\.json$/.test(rel) || rel.includes('node_modules/')) continue;
    let data: { imports?: unknown };
    try {
      data = JSON.parse(readFileSync(join(root, rel), 'utf8')) as typeof data;
    } catch {
      continue;
    }
    const dir = dirname(rel) === '.' ? '' : dirname(rel);
    if (data && typeof data === 'object') manifests.push({ dir, data: data as (typeof manifests)[number]['data'] });
    const aliases = subpathImports(data?.imports, dir);
    if (aliases.length) packages.set(dir, aliases);
  }
  // npm/yarn workspaces: a package of the monorepo imported by its name (`@acme/db`, `@acme/shared/html`)
  // is that package's folder, through its `exports` (or `main`), wherever it is imported from.
  const workspace = workspacePackages(manifests);
  if (workspace.length) {
    if (!scopes.some((s) => s.dir === '')) scopes.push({ dir: '', aliases: [] });
    for (const s of scopes) s.aliases.push(...workspace.filter((a) => !s.aliases.some((b) => b.pattern === a.pattern)));
  }
  if (packages.size) {
    const nearest = (dir: string) => [...packages.keys()].filter((p) => p === '' || p === dir || dir.startsWith(p + '/')).sort((a, b) => b.length - a.length)[0];
    for (const dir of packages.keys()) {
      if (scopes.some((s) => s.dir === dir)) continue;
      const outer = scopes.filter((s) => s.dir === '' || dir.startsWith(s.dir + '/')).sort((a, b) => b.dir.length - a.dir.length)[0];
      scopes.push({ dir, aliases: [...(outer?.aliases ?? [])] });
    }
    for (const s of scopes) {
      const pkg = nearest(s.dir);
      if (pkg === undefined) continue;
      const own = packages.get(pkg)!;
      s.aliases = [...own, ...s.aliases.filter((a) => !a.pattern.startsWith('#') || !own.some((b) => b.pattern === a.pattern))];
    }
  }
  // Deepest directory first, so the nearest config wins.
  return scopes.sort((a, b) => b.dir.length - a.dir.length);
}

/** Aliases for the packages that a `workspaces` list of another package.json (`["packages/*"]`) names. */
function workspacePackages(manifests: { dir: string; data: { name?: unknown; exports?: unknown; main?: unknown; module?: unknown; workspaces?: unknown } }[]): PathAlias[] {
  const globs: string[] = [];
  for (const { dir, data } of manifests) {
    const list = Array.isArray(data.workspaces) ? data.workspaces : (data.workspaces as { packages?: unknown } | undefined)?.packages;
    if (!Array.isArray(list)) continue;
    for (const g of list) if (typeof g === 'string' && !g.startsWith('!')) globs.push(posix.normalize(dir ? `${dir}/${g}` : g).replace(/\/$/, ''));
  }
  if (!globs.length) return [];
  const member = (dir: string) => globs.some((g) => g === dir || (g.endsWith('/*') && posix.dirname(dir) === g.slice(0, -2)) || (g.endsWith('/**') && dir.startsWith(g.slice(0, -2))));
  const out: PathAlias[] = [];
  for (const { dir, data } of manifests) {
    if (typeof data.name !== 'string' || !dir || !member(dir)) continue;
    const name = data.name;
    // `exports` keys are subpaths (`.`, `./html`); a string or condition object is the `.` entry.
    const exp = data.exports;
    const entries: [string, unknown][] = typeof exp === 'string' || Array.isArray(exp) || (exp && typeof exp === 'object' && !Object.keys(exp).some((k) => k.startsWith('.')))
      ? [['.', exp]]
      : exp && typeof exp === 'object' ? Object.entries(exp) : [['.', data.module ?? data.main ?? './index.js']];
    const asImports = Object.fromEntries(entries.map(([k, v]) => [`#${k}`, v]));
    for (const a of subpathImports(asImports, dir)) {
      const sub = a.pattern.slice(1);
      out.push({ pattern: sub === '.' ? name : `${name}/${sub.replace(/^\.\//, '')}`, targets: a.targets });
    }
    if (!exp) out.push({ pattern: `${name}/*`, targets: [`${dir}/*`] });
  }
  return out;
}

/**
 * The `imports` field of a package.json (`dir` its folder): `#` keys, at most one `*`, mapped to
 * files of the package (`./…`) directly, through conditions (`node`, `import`, `default`, …) or
 * fallback arrays. Targets that name another package are not project files and are left out.
 */
export function subpathImports(imports: unknown, dir: string): PathAlias[] {
  if (!imports || typeof imports !== 'object' || Array.isArray(imports)) return [];
  const out: PathAlias[] = [];
  const leaves = (v: unknown, into: string[], depth: number): void => {
    if (depth > 4) return;
    if (typeof v === 'string') {
      if (v.startsWith('./') && !v.includes('/../') && !v.includes('node_modules/')) into.push(posix.normalize(dir ? `${dir}/${v.slice(2)}` : v.slice(2)));
    } else if (Array.isArray(v)) {
      for (const x of v) leaves(x, into, depth + 1);
    } else if (v && typeof v === 'object') {
      for (const x of Object.values(v)) leaves(x, into, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(imports)) {
    if (!key.startsWith('#') || key.split('*').length > 2) continue;
    const targets: string[] = [];
    leaves(value, targets, 0);
    const usable = key.includes('*') ? targets.filter((t) => t.split('*').length === 2) : targets.filter((t) => !t.includes('*'));
    if (usable.length) out.push({ pattern: key, targets: [...new Set(usable)] });
  }
  return out;
}

const SVELTE_CONFIG = /(^|\/)svelte\.config\.[cm]?[jt]s$/;
const NUXT_CONFIG = /(^|\/)nuxt\.config\.[cm]?[jt]s$/;

/**
 * Nuxt's aliases (written to the generated `.nuxt/tsconfig.json`): `~` and `@` are the source
 * folder (the project's root, or the config's `srcDir`), `~~` and `@@` the project's root. Server
 * files import repositories and utils as `~/server/…`.
 */
export function nuxtAliases(configText: string, dir: string): PathAlias[] {
  const at = (p: string) => posix.normalize(dir ? `${dir}/${p}` : p || '.').replace(/\/$/, '');
  const src = at(/\bsrcDir\s*:\s*['"`]([^'"`]*)['"`]/.exec(configText)?.[1] ?? '');
  const root = at('');
  return [['~', src], ['@', src], ['~~', root], ['@@', root]].flatMap(([key, target]) => [
    { pattern: key!, targets: [target!] },
    { pattern: `${key}/*`, targets: [target === '.' ? '*' : `${target}/*`] },
  ]);
}

/**
 * SvelteKit's aliases (written to the generated `.svelte-kit/tsconfig.json`): `$lib` is the
 * project's `src/lib` (or `kit.files.lib`), and each `kit.alias` entry (`$server: 'src/lib/server'`)
 * names a file or folder, with `$server/*` below it. Read from the config's text as string literals.
 */
export function svelteKitAliases(configText: string, dir: string): PathAlias[] {
  const at = (p: string) => posix.normalize(dir ? `${dir}/${p}` : p).replace(/\/$/, '');
  const lib = /\bfiles\s*:\s*\{[^}]*\blib\s*:\s*['"`]([^'"`]+)['"`]/.exec(configText)?.[1] ?? 'src/lib';
  const entries: [string, string][] = [['$lib', lib]];
  const block = /\balias\s*:\s*\{([^}]*)\}/.exec(configText)?.[1] ?? '';
  for (const m of block.matchAll(/['"`]?([$@~#\w][\w$@~#/*.-]*)['"`]?\s*:\s*['"`]([^'"`]+)['"`]/g)) entries.push([m[1]!, m[2]!]);
  const out: PathAlias[] = [];
  for (const [key, target] of entries) {
    if (key.endsWith('/*')) {
      out.push({ pattern: key, targets: [at(target.replace(/\/\*$/, '')) + '/*'] });
      continue;
    }
    out.push({ pattern: key, targets: [at(target)] }, { pattern: `${key}/*`, targets: [`${at(target)}/*`] });
  }
  return out;
}

export function aliasesFor(path: string, scopes: AliasScope[]): PathAlias[] {
  for (const s of scopes) if (s.dir === '' || path.startsWith(s.dir + '/')) return s.aliases;
  return [];
}

/** Candidate project paths (without extension) for a specifier under the aliases. */
export function expandAlias(spec: string, aliases: PathAlias[]): string[] {
  const out: string[] = [];
  for (const a of aliases) {
    const star = a.pattern.indexOf('*');
    if (star < 0) {
      if (spec === a.pattern) out.push(...a.targets);
      continue;
    }
    const pre = a.pattern.slice(0, star);
    const post = a.pattern.slice(star + 1);
    if (!spec.startsWith(pre) || !spec.endsWith(post) || spec.length < pre.length + post.length) continue;
    const mid = spec.slice(pre.length, spec.length - post.length);
    for (const t of a.targets) out.push(t.replace('*', mid).replace(/^\.\//, ''));
  }
  return out;
}
