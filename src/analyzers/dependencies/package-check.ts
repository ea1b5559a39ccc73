/**
 * One package, judged before anyone adds it: the same typosquat data, registry thresholds,
 * allow/deny lists and advisory database the dependencies analyzer applies to a manifest, asked
 * about a single name (the MCP `check_package` tool). Never throws for an unreachable registry
 * or a missing database: each part says whether it was checked and why not.
 */
import { existsSync } from 'node:fs';
import picomatch from 'picomatch';
import type { Severity } from '../../findings/severity.js';
import type { DependenciesConfig } from './config.js';
import { AdvisoryDb, defaultDbPath } from './db/advisory-db.js';
import { matchVulnerabilities } from './match.js';
import type { Ecosystem } from './model.js';
import { defaultCacheDir, RegistryClient, type PackageInfo } from './registry/client.js';
import * as rules from './rules.js';
import { describeStanding, loadDownloadTable, popularDetector, type DownloadTable, type NearMiss } from './typosquat.js';
import { isValidVersion } from './versions.js';

export interface PackageQuery {
  ecosystem: Ecosystem;
  name: string;
  /** An exact version; without one, the registry's latest version is checked for advisories. */
  version?: string;
}

export type RegistryAnswer =
  | { checked: true; exists: boolean; createdAt?: string; ageDays?: number; versionCount?: number; latest?: string }
  | { checked: false; reason: string };

export interface AdvisoryHit {
  id: string;
  aliases: string[];
  summary: string;
  severity: Severity;
  fixedVersion?: string;
  malicious: boolean;
}

export type AdvisoryAnswer =
  | { checked: true; version: string; advisories: AdvisoryHit[]; dbUpdatedAt: string }
  | { checked: false; reason: string };

export interface PackageReport {
  ecosystem: Ecosystem;
  name: string;
  version?: string;
  /** Among the most downloaded names (data/popular-*.json). */
  popular: boolean;
  typosquatOf?: NearMiss;
  registry: RegistryAnswer;
  advisories: AdvisoryAnswer;
  policy: 'denied' | 'not-allowed' | 'allowed' | 'unlisted';
  /** The dependency rules this package would trip if it were added, each with why. */
  concerns: { ruleId: string; severity: Severity; message: string }[];
}

export interface PackageCheckOptions {
  offline?: boolean;
  now?: Date;
  /** Injected for tests of the analyzer; otherwise built from the config. */
  registry?: RegistryClient;
}

export function registryClientFor(cfg: DependenciesConfig): RegistryClient {
  return new RegistryClient({
    npmUrl: cfg.registryUrl.npm, pypiUrl: cfg.registryUrl.pypi, cacheDir: cfg.cacheDir ?? defaultCacheDir(),
    timeoutMs: cfg.registryTimeoutMs, concurrency: cfg.registryConcurrency,
  });
}

/** The analyzer's age and version-count thresholds, applied to a registry answer. */
export function supplyChainSignals(info: PackageInfo | undefined, cfg: DependenciesConfig, now: Date): { ageDays?: number; isNew: boolean; isThin: boolean } {
  const ageDays = info?.createdAt ? (now.getTime() - Date.parse(info.createdAt)) / 86_400_000 : undefined;
  const isNew = ageDays !== undefined && ageDays >= 0 && ageDays < cfg.minPackageAgeDays;
  const isThin = info?.versionCount !== undefined && info.versionCount < cfg.minVersions;
  return { ageDays, isNew, isThin };
}

const downloadTables = new Map<Ecosystem, DownloadTable | undefined>();
function downloadTableFor(eco: Ecosystem): DownloadTable | undefined {
  if (!downloadTables.has(eco)) downloadTables.set(eco, loadDownloadTable(eco));
  return downloadTables.get(eco);
}

/** A package that is much downloaded, old with several releases, or long maintained: not a squat of its neighbour. */
const ESTABLISHED = { ageDays: 730, versionsWhenOld: 5, versions: 20 };

export interface TyposquatVerdict { message: string; properties: Record<string, unknown> }

/**
 * Whether a near miss of a popular name is worth a finding, weighing the candidate's own standing:
 * a name in the monthly-download table, or old with several releases, or with many releases, is a
 * package in its own right; a naming convention (`babel-cli`, `eslint_d`) needs a new or barely
 * published package. The message says why: edit distance, age, versions and downloads of both.
 */
export function judgeTyposquat(eco: Ecosystem, name: string, near: NearMiss | undefined, ageDays: number | undefined, versions: number | undefined, risky: boolean): TyposquatVerdict | undefined {
  if (!near) return undefined;
  const table = downloadTableFor(eco);
  const own = describeStanding(table, eco, name);
  const established = own.value !== undefined
    || (ageDays !== undefined && ageDays >= ESTABLISHED.ageDays && (versions ?? 0) >= ESTABLISHED.versionsWhenOld)
    || (versions !== undefined && versions >= ESTABLISHED.versions);
  if (established || (near.convention && !risky)) return undefined;
  const facts = [own.text];
  facts.push(ageDays !== undefined ? `first published ${Math.floor(ageDays)} day(s) ago` : 'age unknown');
  if (versions !== undefined) facts.push(`${versions} version(s)`);
  const popular = describeStanding(table, eco, near.popular);
  const target = popular.value !== undefined ? popular.text : 'among the most downloaded';
  return {
    message: `${name} resembles the popular package ${near.popular} (${near.reason}, edit distance ${near.distance})${risky ? ' and is itself new or barely published' : ''}; check that it is the package you meant. ${name}: ${facts.join(', ')}; ${near.popular}: ${target}.`,
    properties: {
      distance: near.distance, [table?.metric ?? 'downloads']: own.value ?? null, [table?.metric === 'rank' ? 'similarToRank' : 'similarToDownloads']: popular.value ?? null,
      ageDays: ageDays === undefined ? null : Math.floor(ageDays), versions: versions ?? null,
    },
  };
}

export async function checkPackage(q: PackageQuery, cfg: DependenciesConfig, opts: PackageCheckOptions = {}): Promise<PackageReport> {
  const now = opts.now ?? new Date();
  const detector = popularDetector(q.ecosystem);
  const popular = detector.isPopular(q.name);
  const near = detector.check(q.name);
  const concerns: PackageReport['concerns'] = [];

  const denied = cfg.deny.length > 0 && picomatch(cfg.deny)(q.name);
  const allowList = cfg.allow.length ? picomatch(cfg.allow) : undefined;
  const policy = denied ? 'denied' : allowList ? (allowList(q.name) ? 'allowed' : 'not-allowed') : 'unlisted';
  if (policy === 'denied') concerns.push({ ruleId: rules.deniedPackage.id, severity: rules.deniedPackage.severity, message: `${q.name} is on the dependency deny-list (dependencies.deny).` });
  if (policy === 'not-allowed') concerns.push({ ruleId: rules.notAllowed.id, severity: rules.notAllowed.severity, message: `${q.name} is not on the dependency allow-list (dependencies.allow); new dependencies need review.` });

  let registry: RegistryAnswer;
  if (opts.offline || !cfg.registryChecks) {
    registry = { checked: false, reason: opts.offline ? 'offline: the registry was not asked' : 'registry checks disabled by dependencies.registryChecks' };
  } else {
    const result = await (opts.registry ?? registryClientFor(cfg)).lookup(q.ecosystem, q.name);
    if (!result.ok) registry = { checked: false, reason: result.reason };
    else {
      const info = result.info;
      const { ageDays } = supplyChainSignals(info, cfg, now);
      registry = { checked: true, exists: info.exists };
      if (info.createdAt) registry.createdAt = info.createdAt;
      if (ageDays !== undefined) registry.ageDays = Math.floor(ageDays);
      if (info.versionCount !== undefined) registry.versionCount = info.versionCount;
      if (info.latest) registry.latest = info.latest;
    }
  }
  const info: PackageInfo | undefined = registry.checked ? registry : undefined;
  if (info && !info.exists) {
    concerns.push({ ruleId: rules.hallucinatedPackage.id, severity: rules.hallucinatedPackage.severity, message: `${q.name} does not exist in the ${q.ecosystem} registry: likely hallucinated${near ? ` (did you mean ${near.popular}?)` : ''}. Anyone can register this name and have their code installed.` });
  } else {
    const { ageDays, isNew, isThin } = supplyChainSignals(info, cfg, now);
    const squat = judgeTyposquat(q.ecosystem, q.name, near, ageDays, info?.versionCount, isNew || isThin);
    if (squat) concerns.push({ ruleId: rules.typosquat.id, severity: isNew || isThin ? 'high' : rules.typosquat.severity, message: squat.message });
    if (isNew) concerns.push({ ruleId: rules.newPackage.id, severity: rules.newPackage.severity, message: `${q.name} was first published ${Math.floor(ageDays!)} day(s) ago (threshold ${cfg.minPackageAgeDays}).` });
    if (isThin) concerns.push({ ruleId: rules.fewVersions.id, severity: rules.fewVersions.severity, message: `${q.name} has only ${info!.versionCount} published version(s) (threshold ${cfg.minVersions}).` });
  }

  const version = q.version ?? (registry.checked ? registry.latest : undefined);
  const advisories = lookupAdvisories(q, version, cfg);
  if (advisories.checked) {
    for (const a of advisories.advisories) {
      const rule = a.malicious ? rules.maliciousPackage : rules.knownVulnerability;
      concerns.push({ ruleId: rule.id, severity: a.severity, message: `${q.name}@${advisories.version} is affected by ${a.id}: ${a.summary || 'see the advisory'} — ${a.fixedVersion ? `upgrade to ${a.fixedVersion} or later` : 'no fixed version is published'}.` });
    }
  }
  const report: PackageReport = { ecosystem: q.ecosystem, name: q.name, popular, registry, advisories, policy, concerns };
  if (q.version !== undefined) report.version = q.version;
  if (near) report.typosquatOf = near;
  return report;
}

function lookupAdvisories(q: PackageQuery, version: string | undefined, cfg: DependenciesConfig): AdvisoryAnswer {
  if (version === undefined) return { checked: false, reason: 'no version given and the registry did not name a latest version' };
  if (!isValidVersion(q.ecosystem, version)) return { checked: false, reason: `'${version}' is not a valid ${q.ecosystem} version` };
  const dbPath = defaultDbPath(cfg.dbPath);
  if (!existsSync(dbPath)) return { checked: false, reason: `no advisory database at ${dbPath}: run \`vouch db update\`` };
  let db: AdvisoryDb;
  try {
    db = AdvisoryDb.open(dbPath, { readonly: true });
  } catch (err) {
    return { checked: false, reason: `cannot open ${dbPath}: ${(err as Error).message.split('\n')[0]}` };
  }
  try {
    const eco = db.status().ecosystems.find((e) => e.ecosystem === q.ecosystem);
    if (!eco) return { checked: false, reason: `the advisory database at ${dbPath} has no ${q.ecosystem} data: run \`vouch db update\`` };
    const pkg = { ecosystem: q.ecosystem, name: q.name, version, direct: true, dev: false, path: '', line: 0 };
    const advisories = matchVulnerabilities(db, [pkg]).map((m) => {
      const hit: AdvisoryHit = { id: m.id, aliases: m.ids.filter((i) => i !== m.id), summary: m.summary, severity: m.severity, malicious: m.malicious };
      if (m.fixed) hit.fixedVersion = m.fixed;
      return hit;
    });
    return { checked: true, version, advisories, dbUpdatedAt: eco.updatedAt };
  } finally {
    db.close();
  }
}
