/** `.vouch.yml` → `dependencies:`; the schema below is plugged into the config schema. */
export interface DependenciesConfig {
  /** SQLite advisory database path (`VOUCH_DB` wins). */
  dbPath?: string;
  /** Base URL of the OSV archives (`<url>/<ecosystem>/all.zip`), for mirrors. */
  osvUrl?: string;
  registryUrl: { npm?: string; pypi?: string };
  /** Package names or globs (`@myorg/*`); when non-empty, any other direct dependency is a finding. */
  allow: string[];
  deny: string[];
  minPackageAgeDays: number;
  minVersions: number;
  maxDbAgeDays: number;
  registryChecks: boolean;
  unusedCheck: boolean;
  registryTimeoutMs: number;
  registryConcurrency: number;
  /** Wall-clock budget for all registry checks of one scan; lookups still pending then are reported and skipped. */
  registryBudgetMs: number;
  cacheDir?: string;
}

const nameList = { type: 'array', items: { type: 'string', minLength: 1 } };

export const dependenciesConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dbPath: { type: 'string', minLength: 1 },
    osvUrl: { type: 'string', pattern: '^https?://' },
    registryUrl: {
      type: 'object',
      additionalProperties: false,
      properties: { npm: { type: 'string', pattern: '^https?://' }, pypi: { type: 'string', pattern: '^https?://' } },
    },
    allow: nameList,
    deny: nameList,
    minPackageAgeDays: { type: 'integer', minimum: 0 },
    minVersions: { type: 'integer', minimum: 0 },
    maxDbAgeDays: { type: 'integer', minimum: 1 },
    registryChecks: { type: 'boolean' },
    unusedCheck: { type: 'boolean' },
    registryTimeoutMs: { type: 'integer', minimum: 100 },
    registryConcurrency: { type: 'integer', minimum: 1, maximum: 64 },
    registryBudgetMs: { type: 'integer', minimum: 100 },
    cacheDir: { type: 'string', minLength: 1 },
  },
} as const;

/** Defaults applied to the validated section. */
export function dependenciesConfig(section: Record<string, unknown> | undefined): DependenciesConfig {
  const s = (section ?? {}) as Partial<DependenciesConfig>;
  return {
    dbPath: s.dbPath,
    osvUrl: s.osvUrl,
    registryUrl: s.registryUrl ?? {},
    allow: s.allow ?? [],
    deny: s.deny ?? [],
    minPackageAgeDays: s.minPackageAgeDays ?? 30,
    minVersions: s.minVersions ?? 3,
    maxDbAgeDays: s.maxDbAgeDays ?? 7,
    registryChecks: s.registryChecks ?? true,
    unusedCheck: s.unusedCheck ?? true,
    registryTimeoutMs: s.registryTimeoutMs ?? 10_000,
    registryConcurrency: s.registryConcurrency ?? 8,
    registryBudgetMs: s.registryBudgetMs ?? 60_000,
    cacheDir: s.cacheDir,
  };
}
