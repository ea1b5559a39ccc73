import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { FileResult, ProjectAnalyzer, ProjectContext } from '../analyzer.js';
import type { Location, RawFinding, ScanNotice } from '../../findings/finding.js';
import { dependenciesConfig, type DependenciesConfig } from './config.js';
import { AdvisoryDb, defaultDbPath, type DbStatus } from './db/advisory-db.js';
import { matchVulnerabilities, type VulnerabilityMatch } from './match.js';
import { normalizeName, type DeclaredPackage, type Ecosystem } from './model.js';
import { collectDependencies, type CollectedDependencies } from './parsers/index.js';
import { DEFAULT_NPM_REGISTRY, type LookupResult, type RegistryClient } from './registry/client.js';
import * as rules from './rules.js';
import { importSpecifiers } from '../code/import-specifiers.js';
import { packageNameOf } from '../code/frontend/js/modules.js';
import { isCodeKind } from '../../pipeline/file-kinds.js';
import { popularDetector } from './typosquat.js';
import { judgeTyposquat, registryClientFor, supplyChainSignals } from './package-check.js';

const ANALYZER = 'dependencies';

export interface DependenciesOptions {
  /** Injected for tests; otherwise built from the config. */
  registry?: RegistryClient;
  now?: Date;
}

function at(pkg: { path: string; line: number }): Location {
  return { path: pkg.path, startLine: pkg.line, startColumn: 1, endLine: pkg.line, endColumn: 1 };
}

function label(pkg: DeclaredPackage): string {
  return pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
}

/** Names imported by scanned source (the code analyzer's `imports` fact), or undefined if it did not run. */
function importedNames(ctx: ProjectContext): Map<string, string> | undefined {
  const facts = ctx.facts.get('code');
  if (!facts || facts.size === 0) return undefined;
  const names = new Map<string, string>();
  for (const [path, f] of facts) {
    const imports = (f as { imports?: unknown }).imports;
    if (!Array.isArray(imports)) continue;
    for (const name of imports) if (typeof name === 'string' && !names.has(name)) names.set(name, path);
  }
  return names;
}

/**
 * What else counts as using a package, for deps/unused-dependency only (not reachability): JSDoc type
 * references, computed requires by their literal head (`require(`@img/sharp-${platform}`)`), the
 * imports of declaration files, which a library publishes for its users' type checks, the requires
 * of code files skipped as minified (a library's prebuilt bundle), and the packages a native addon's
 * `binding.gyp` requires for its C++ headers (`nan`, `node-addon-api`).
 */
function otherUses(ctx: ProjectContext): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const f of ctx.facts.get('code')?.values() ?? []) {
    const { typeImports, importPrefixes } = f as { typeImports?: unknown; importPrefixes?: unknown };
    if (Array.isArray(typeImports)) for (const n of typeImports) if (typeof n === 'string') names.add(n);
    if (Array.isArray(importPrefixes)) for (const p of importPrefixes) if (typeof p === 'string') prefixes.push(p);
  }
  const analysed = ctx.facts.get('code');
  for (const file of ctx.files) {
    // A native addon's build file loads its header packages: `"<!(node -e \"require('nan')\")"`,
    // `"<!@(node -p \"require('node-addon-api').include\")"` in binding.gyp.
    if (/\.gypi?$/.test(file.path)) {
      let text: string;
      try { text = file.content ?? readFileSync(file.absPath, 'utf8'); } catch { continue; }
      for (const m of text.matchAll(/require\(\s*\\?(['"])([^'"\\]+)\\?\1\s*\)/g)) {
        const name = packageNameOf(m[2]!);
        if (name) names.add(name);
      }
      continue;
    }
    // Declaration files, and code files the code analyzer skipped (minified bundles, huge files):
    // their imports are read with a pattern.
    if (!/\.d\.[mc]?ts$/.test(file.path) && !(isCodeKind(file.kind) && analysed && !analysed.has(file.path))) continue;
    let text: string;
    try { text = file.content ?? readFileSync(file.absPath, 'utf8'); } catch { continue; }
    for (const spec of [...importSpecifiers(text), ...[...text.matchAll(/\/\/\/\s*<reference\s+types=(['"])([^'"]+)\1/g)].map((m) => m[2]!)]) {
      const name = packageNameOf(spec);
      if (name) names.add(name);
    }
  }
  return { names, prefixes };
}

function vulnerabilityFinding(m: VulnerabilityMatch, imports: Map<string, string> | undefined): RawFinding {
  const { pkg } = m;
  const importedBy = pkg.ecosystem === 'npm' ? imports?.get(pkg.name) : undefined;
  const reachability = pkg.ecosystem !== 'npm' || !imports ? 'unknown' : importedBy ? 'imported' : 'not-imported';
  const how = importedBy ? `imported by ${importedBy}`
    : pkg.direct ? (reachability === 'not-imported' ? 'direct dependency, not imported by scanned source' : 'direct dependency')
      : 'transitive dependency' + (reachability === 'not-imported' ? ', not imported by scanned source' : '');
  const fix = m.fixed ? `upgrade to ${m.fixed} or later` : 'no fixed version is published';
  const also = m.ids.filter((i) => i !== m.id);
  return {
    ruleId: m.malicious ? rules.maliciousPackage.id : rules.knownVulnerability.id,
    message: `${label(pkg)} is affected by ${m.id}${also.length ? ` (also ${also.join(', ')})` : ''}: ${m.summary || 'see the advisory'} — ${fix}; ${how}.`,
    location: at(pkg),
    severity: m.severity,
    confidence: reachability === 'not-imported' && !pkg.direct ? 'medium' : 'high',
    fingerprintHint: `${pkg.ecosystem}:${normalizeName(pkg.ecosystem, pkg.name)}@${pkg.version}:${m.ids.join(',')}`,
    properties: {
      ecosystem: pkg.ecosystem, package: pkg.name, version: pkg.version, advisories: m.ids, fixedVersion: m.fixed ?? null,
      cvssScore: m.score ?? null, direct: pkg.direct, reachability, declaredBy: pkg.declaredBy ?? null,
    },
  };
}

/** One finding per (file, package, version, vulnerability); repeated copies in a lockfile are counted, not repeated. */
function dedupeVulnerabilities(matches: VulnerabilityMatch[]): VulnerabilityMatch[] {
  const seen = new Map<string, VulnerabilityMatch>();
  for (const m of matches) {
    const key = `${m.pkg.path}|${m.pkg.ecosystem}|${normalizeName(m.pkg.ecosystem, m.pkg.name)}|${m.pkg.version}|${m.id}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, m);
    else if (m.pkg.direct && !prev.pkg.direct) seen.set(key, m);
  }
  return [...seen.values()];
}

interface VulnOutcome { findings: RawFinding[]; notices: ScanNotice[]; db?: DbStatus }

function checkVulnerabilities(collected: CollectedDependencies, cfg: DependenciesConfig, imports: Map<string, string> | undefined, now: Date): VulnOutcome {
  const findings: RawFinding[] = [];
  const notices: ScanNotice[] = [];
  const ecosystems = [...new Set(collected.installed.map((p) => p.ecosystem))].sort();
  if (ecosystems.length === 0) return { findings, notices };
  const first = (eco: Ecosystem): DeclaredPackage => collected.installed.find((p) => p.ecosystem === eco)!;
  const dbPath = defaultDbPath(cfg.dbPath);
  const missing = (eco: Ecosystem, why: string): void => {
    const anchor = first(eco);
    findings.push({
      ruleId: rules.noAdvisoryDb.id,
      message: `${why}, so ${collected.installed.filter((p) => p.ecosystem === eco).length} ${eco} package version(s) were not checked for known vulnerabilities. Run \`vouch db update\` (or \`vouch db import PATH\` offline).`,
      location: { path: anchor.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      fingerprintHint: `no-advisory-db:${eco}`,
      properties: { ecosystem: eco, dbPath },
    });
  };
  if (!existsSync(dbPath)) {
    for (const eco of ecosystems) missing(eco, `No advisory database at ${dbPath}`);
    return { findings, notices };
  }
  let db: AdvisoryDb;
  try {
    db = AdvisoryDb.open(dbPath, { readonly: true });
  } catch (err) {
    notices.push({ path: '(advisory-db)', level: 'error', reason: `cannot open ${dbPath}: ${(err as Error).message.split('\n')[0]}`, analyzer: ANALYZER });
    for (const eco of ecosystems) missing(eco, `The advisory database at ${dbPath} cannot be opened`);
    return { findings, notices };
  }
  try {
    const status = db.status();
    const covered: DeclaredPackage[] = [];
    for (const eco of ecosystems) {
      const s = status.ecosystems.find((e) => e.ecosystem === eco);
      if (!s) { missing(eco, `The advisory database at ${dbPath} has no ${eco} data`); continue; }
      covered.push(...collected.installed.filter((p) => p.ecosystem === eco));
      const ageDays = (now.getTime() - Date.parse(s.updatedAt)) / 86_400_000;
      if (ageDays > cfg.maxDbAgeDays) {
        findings.push({
          ruleId: rules.staleAdvisoryDb.id,
          message: `The ${eco} advisory data was last updated ${Math.floor(ageDays)} days ago (limit ${cfg.maxDbAgeDays}); run \`vouch db update\`.`,
          location: { path: first(eco).path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
          fingerprintHint: `stale-advisory-db:${eco}`,
          properties: { ecosystem: eco, updatedAt: s.updatedAt },
        });
      }
    }
    for (const m of dedupeVulnerabilities(matchVulnerabilities(db, covered))) findings.push(vulnerabilityFinding(m, imports));
    return { findings, notices, db: status };
  } finally {
    db.close();
  }
}

function policyFindings(direct: DeclaredPackage[], cfg: DependenciesConfig): RawFinding[] {
  const findings: RawFinding[] = [];
  const deny = cfg.deny.length ? picomatch(cfg.deny, { nocase: false }) : undefined;
  const allow = cfg.allow.length ? picomatch(cfg.allow, { nocase: false }) : undefined;
  for (const pkg of direct) {
    if (deny?.(pkg.name)) {
      findings.push({ ruleId: rules.deniedPackage.id, message: `${pkg.name} is on the dependency deny-list (dependencies.deny).`, location: at(pkg), fingerprintHint: pkg.name, properties: { ecosystem: pkg.ecosystem, package: pkg.name } });
    } else if (allow && !allow(pkg.name)) {
      findings.push({ ruleId: rules.notAllowed.id, message: `${pkg.name} is not on the dependency allow-list (dependencies.allow); new dependencies need review.`, location: at(pkg), fingerprintHint: pkg.name, properties: { ecosystem: pkg.ecosystem, package: pkg.name } });
    }
  }
  return findings;
}

const detectorFor = popularDetector;

/** Hosts of the public npm registry: a package missing there does not exist. */
const PUBLIC_NPM_HOSTS = new Set(['registry.npmjs.org', 'registry.yarnpkg.com', 'registry.npmjs.com']);

function hostOf(url: string): string | undefined {
  try { return new URL(url).host; } catch { return undefined; }
}

interface NpmRegistrySettings {
  /** Scopes mapped to another registry (`@acme:registry=…`, `.yarnrc.yml` `npmScopes`). */
  privateScopes: Set<string>;
  /** Host of the default registry the project installs from, when it is not the public one. */
  privateDefault?: string;
}

/**
 * Registry settings of the project: `.npmrc` scope and default registry lines, `.yarnrc.yml`
 * `npmRegistryServer` / `npmScopes`. Only those keys are read; nothing else from the files (they
 * may hold auth tokens) is kept or reported, and only a registry's host is ever shown.
 */
function npmRegistrySettings(ctx: ProjectContext): NpmRegistrySettings {
  const scopes = new Set<string>();
  let privateDefault: string | undefined;
  const setDefault = (url: string): void => {
    const host = hostOf(url.trim().replace(/^["']|["']$/g, ''));
    if (host && !PUBLIC_NPM_HOSTS.has(host)) privateDefault ??= host;
  };
  const near = (base: string) => {
    const paths = new Set(ctx.files.filter((f) => f.path === base || f.path.endsWith(`/${base}`)).map((f) => f.absPath));
    paths.add(join(ctx.root, base));
    return paths;
  };
  for (const p of near('.npmrc')) {
    let text: string;
    try { text = readFileSync(p, 'utf8'); } catch { continue; }
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*(@[^:\s]+):registry\s*=/.exec(line);
      if (m) scopes.add(m[1]!);
      const d = /^\s*registry\s*=\s*(\S+)/.exec(line);
      if (d) setDefault(d[1]!);
    }
  }
  for (const p of near('.yarnrc.yml')) {
    let text: string;
    try { text = readFileSync(p, 'utf8'); } catch { continue; }
    let inScopes = false;
    for (const line of text.split(/\r?\n/)) {
      const d = /^npmRegistryServer:\s*(\S+)/.exec(line);
      if (d) setDefault(d[1]!);
      if (/^npmScopes:\s*$/.test(line)) { inScopes = true; continue; }
      if (inScopes) {
        const s = /^\s{2}["']?([\w.-]+)["']?:\s*$/.exec(line);
        if (s) scopes.add(`@${s[1]}`);
        else if (/^\S/.test(line)) inScopes = false;
      }
    }
  }
  return { privateScopes: scopes, privateDefault };
}

async function supplyChainFindings(
  direct: DeclaredPackage[], localNames: Set<string>, cfg: DependenciesConfig, ctx: ProjectContext, options: DependenciesOptions,
): Promise<{ findings: RawFinding[]; notices: ScanNotice[] }> {
  const findings: RawFinding[] = [];
  const notices: ScanNotice[] = [];
  const now = options.now ?? new Date();
  const allow = cfg.allow.length ? picomatch(cfg.allow) : undefined;
  const { privateScopes, privateDefault } = npmRegistrySettings(ctx);
  // The registry asked: a configured mirror may lack a package the public registry has.
  const asked = hostOf(cfg.registryUrl.npm ?? DEFAULT_NPM_REGISTRY);
  const mirror = asked && !PUBLIC_NPM_HOSTS.has(asked) ? asked : undefined;
  // The project installs from a private registry we do not ask: a missing name may be one of its packages.
  const unaskedPrivate = privateDefault && privateDefault !== asked ? privateDefault : undefined;
  let skippedPrivate = 0;
  // Reviewed (allow-listed), local workspace and private-registry packages are trusted by name:
  // the public registry answers 404 for private packages, which is not a hallucination.
  const candidates = direct.filter((p) => !localNames.has(p.name) && !allow?.(p.name)
    && !(p.ecosystem === 'npm' && privateScopes.has(p.name.split('/')[0]!)));
  const useRegistry = cfg.registryChecks && !ctx.offline;
  if (!useRegistry && candidates.length) {
    notices.push({ path: '(registry)', level: 'skipped', reason: ctx.offline ? 'offline: registry checks (hallucinated, new, few-version packages) skipped' : 'registry checks disabled by dependencies.registryChecks', analyzer: ANALYZER });
  }
  const client = useRegistry ? options.registry ?? registryClientFor(cfg) : undefined;
  const lookups = new Map<string, Promise<LookupResult>>();
  // One budget for the whole registry phase, so a slow registry delays a scan by at most that much.
  let budgetTimer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<LookupResult>((resolve) => {
    budgetTimer = setTimeout(() => resolve({ ok: false, reason: `registry checks ran out of time (dependencies.registryBudgetMs = ${cfg.registryBudgetMs})` }), cfg.registryBudgetMs);
    budgetTimer.unref();
  });
  for (const p of candidates) {
    const key = `${p.ecosystem}:${normalizeName(p.ecosystem, p.name)}`;
    // Popular packages exist and are old: no need to ask.
    if (client && !lookups.has(key) && !detectorFor(p.ecosystem).isPopular(p.name)) {
      lookups.set(key, Promise.race([client.lookup(p.ecosystem, p.name), outOfTime]));
    }
  }
  const failures = new Map<Ecosystem, { count: number; first: string }>();
  for (const p of candidates) {
    const key = `${p.ecosystem}:${normalizeName(p.ecosystem, p.name)}`;
    const near = detectorFor(p.ecosystem).check(p.name);
    const lookup = lookups.get(key) ? await lookups.get(key)! : undefined;
    const props = { ecosystem: p.ecosystem, package: p.name, similarTo: near?.popular ?? null };
    if (lookup && !lookup.ok) {
      const f = failures.get(p.ecosystem) ?? { count: 0, first: lookup.reason };
      f.count++;
      failures.set(p.ecosystem, f);
    }
    const info = lookup?.ok ? lookup.info : undefined;
    if (info && !info.exists) {
      if (p.ecosystem === 'npm' && unaskedPrivate) { skippedPrivate++; continue; }
      if (p.ecosystem === 'npm' && mirror) {
        findings.push({
          ruleId: rules.hallucinatedPackage.id,
          message: `${p.name} was not found in ${mirror} (dependencies.registryUrl)${near ? ` (did you mean ${near.popular}?)` : ''}; a mirror may lack packages the public registry has, so check the name there before trusting it.`,
          location: at(p), severity: 'medium', confidence: 'medium', fingerprintHint: p.name, properties: { ...props, registry: mirror },
        });
        continue;
      }
      findings.push({
        ruleId: rules.hallucinatedPackage.id,
        message: `${p.name} does not exist in the ${p.ecosystem} registry: likely hallucinated${near ? ` (did you mean ${near.popular}?)` : ''}. Anyone can register this name and have their code installed.`,
        location: at(p), fingerprintHint: p.name, properties: props,
      });
      continue;
    }
    const { ageDays, isNew, isThin } = supplyChainSignals(info, cfg, now);
    const squat = judgeTyposquat(p.ecosystem, p.name, near, ageDays, info?.versionCount, isNew || isThin);
    if (near && squat) {
      findings.push({
        ruleId: rules.typosquat.id,
        message: squat.message,
        location: at(p), severity: isNew || isThin ? 'high' : undefined, fingerprintHint: p.name,
        properties: { ...props, ...squat.properties },
      });
    }
    if (isNew) {
      findings.push({
        ruleId: rules.newPackage.id,
        message: `${p.name} was first published ${Math.floor(ageDays!)} day(s) ago (threshold ${cfg.minPackageAgeDays}).`,
        location: at(p), fingerprintHint: p.name, properties: { ...props, createdAt: info!.createdAt },
      });
    }
    if (isThin) {
      // A development tool never reaches production and often is a small single-purpose package.
      findings.push({
        ruleId: rules.fewVersions.id,
        message: `${p.name} has only ${info!.versionCount} published version(s) (threshold ${cfg.minVersions})${p.dev ? '; a development dependency, so it runs on developer and CI machines only' : ''}.`,
        location: at(p), severity: p.dev ? 'low' : undefined, fingerprintHint: p.name, properties: { ...props, versions: info!.versionCount, dev: p.dev },
      });
    }
  }
  clearTimeout(budgetTimer);
  if (skippedPrivate) {
    notices.push({ path: '(registry)', level: 'skipped', analyzer: ANALYZER, reason: `${skippedPrivate} npm package(s) not found in ${asked ?? 'the registry'} were not reported as hallucinated: the project installs from ${unaskedPrivate} (.npmrc / .yarnrc.yml), which may publish them; set dependencies.registryUrl.npm to check there` });
  }
  for (const [eco, f] of failures) {
    notices.push({ path: '(registry)', level: 'error', reason: `${f.count} ${eco} registry lookup(s) failed; first: ${f.first}`, analyzer: ANALYZER });
  }
  return { findings, notices };
}

function unusedFindings(direct: DeclaredPackage[], imports: Map<string, string> | undefined, localNames: Set<string>, other: { names: Set<string>; prefixes: string[] }): RawFinding[] {
  if (!imports) return [];
  const findings: RawFinding[] = [];
  for (const p of direct) {
    // Only runtime npm dependencies from package.json: type packages, dev tools and CLIs are used without imports.
    // Bundled dependencies are shipped for the package's other bundled packages too, not only its own code.
    if (p.ecosystem !== 'npm' || p.dev || p.bundled || !p.path.endsWith('package.json') || p.usedInScripts) continue;
    if (p.name.startsWith('@types/') || localNames.has(p.name) || imports.has(p.name)) continue;
    if (other.names.has(p.name) || other.prefixes.some((prefix) => p.name.startsWith(prefix) || prefix.startsWith(`${p.name}/`))) continue;
    findings.push({
      ruleId: rules.unusedDependency.id,
      message: `${p.name} is declared in ${p.path} but no scanned source file imports or requires it.`,
      location: at(p), fingerprintHint: p.name, properties: { ecosystem: p.ecosystem, package: p.name },
    });
  }
  return findings;
}

/**
 * Give each finding the text of its manifest/lockfile line (for reports and a fingerprint that
 * survives line shifts). Credentials in URLs are masked, though flagged lines are registry specs.
 */
function attachSnippets(findings: RawFinding[], files: ProjectContext['files']): void {
  const cache = new Map<string, string[] | undefined>();
  for (const f of findings) {
    if (f.location.startLine < 1) continue;
    if (!cache.has(f.location.path)) {
      const file = files.find((x) => x.path === f.location.path);
      let lines: string[] | undefined;
      try { lines = file ? (file.content ?? readFileSync(file.absPath, 'utf8')).split(/\r?\n/) : undefined; } catch { lines = undefined; }
      cache.set(f.location.path, lines);
    }
    const line = cache.get(f.location.path)?.[f.location.startLine - 1];
    if (line === undefined) continue;
    const start = line.length - line.trimStart().length;
    f.location = { ...f.location, startColumn: start + 1, endColumn: line.trimEnd().length + 1 };
    f.snippet = line.trim().replace(/\/\/[^/@\s:]+:[^/@\s]+@/g, '//***@').slice(0, 200);
  }
}

/** The whole dependencies stage: parse, match advisories, policy, supply-chain and usage checks. */
export async function analyzeDependencies(ctx: ProjectContext, options: DependenciesOptions = {}): Promise<FileResult> {
  const cfg = dependenciesConfig(ctx.config.dependencies);
  const collected = collectDependencies(ctx.files, ctx.root);
  const notices: ScanNotice[] = collected.problems.map((p) => ({ ...p, analyzer: ANALYZER }));
  if (collected.files.length === 0) return { findings: [], notices };
  // Ranges without a lockfile have no installed version to match: say so rather than pass quietly.
  const unpinnedByFile = new Map<string, string[]>();
  for (const p of collected.unpinned) {
    if (collected.localNames.has(p.name)) continue;
    unpinnedByFile.set(p.path, [...(unpinnedByFile.get(p.path) ?? []), p.name]);
  }
  for (const [path, names] of unpinnedByFile) {
    notices.push({
      path, level: 'skipped', analyzer: ANALYZER,
      reason: `${names.length} dependenc${names.length === 1 ? 'y is a version range' : 'ies are version ranges'} with no lockfile (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); installed versions cannot be checked for known vulnerabilities — commit a lockfile or pin exact versions`,
    });
  }
  const imports = importedNames(ctx);
  const now = options.now ?? new Date();
  const vulns = checkVulnerabilities(collected, cfg, imports, now);
  const supply = await supplyChainFindings(collected.direct, collected.localNames, cfg, ctx, options);
  const unused = cfg.unusedCheck ? unusedFindings(collected.direct, imports, collected.localNames, otherUses(ctx)) : [];
  const findings = [...vulns.findings, ...policyFindings(collected.direct, cfg), ...supply.findings, ...unused];
  // Database findings sit on line 1 of a file as a whole: no snippet, so their fingerprint stays put.
  attachSnippets(findings.filter((f) => f.ruleId !== rules.noAdvisoryDb.id && f.ruleId !== rules.staleAdvisoryDb.id), ctx.files);
  return {
    findings,
    notices: [...notices, ...vulns.notices, ...supply.notices],
    facts: {
      dependencyFiles: collected.files,
      packages: collected.installed.length,
      directDependencies: collected.direct.length,
      advisoryDb: vulns.db ? { path: vulns.db.path, advisories: vulns.db.advisories, ecosystems: vulns.db.ecosystems } : null,
    },
  };
}

export const dependenciesAnalyzer: ProjectAnalyzer = {
  id: ANALYZER,
  rules: rules.dependencyRules,
  analyzeProject: (ctx) => analyzeDependencies(ctx),
};
