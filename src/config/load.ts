import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { configSchema, defaultConfig, type VouchConfig } from './schema.js';

/** A configuration problem the user must fix; the CLI turns it into exit code 2. */
export class ConfigError extends Error {
  constructor(message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE_NAMES = ['.vouch.yml', '.vouch.yaml', '.vouch.json'];

export function findConfigFile(root: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = join(root, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Load and validate a config file. YAML and JSON only: a scanned repository is untrusted,
 * so its configuration is data and is never executed.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<{ config: VouchConfig; file?: string }> {
  const file = explicitPath ? resolve(explicitPath) : findConfigFile(root);
  const config = defaultConfig();
  if (!file) return { config };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  let data: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser serves both; no custom tags are honoured.
    // Loaded only when there is a config file: start-up time matters in pre-commit hooks.
    // `.default`: the package's CommonJS exports, the same under Node and in the bundle (scripts/bundle.mjs).
    const { parse: parseYaml } = (await import('yaml')).default;
    data = text.trim() === '' ? {} : parseYaml(text, { prettyErrors: true, maxAliasCount: 100 });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0];
    throw new ConfigError(`invalid YAML: ${msg}`, file);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError('the top level must be a mapping', file);
  await validateConfig(data as Record<string, unknown>, file);
  return { config: mergeConfig(config, data as Partial<VouchConfig>), file };
}

interface SchemaError { instancePath: string; keyword: string; params: unknown; message?: string }
type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Identifies the schema a precompiled validator was generated from. */
export function configSchemaHash(): string {
  return createHash('sha256').update(JSON.stringify(configSchema)).digest('hex').slice(0, 32);
}

let validator: { validate: Validate; precompiled: boolean } | undefined;

/**
 * The schema's validator: the one `npm run build` precompiled (scripts/bundle.mjs) while it was
 * generated from this very schema, else compiled here (~180 ms, so only when the file is missing
 * or stale, as after a plain `tsc`).
 */
export async function configValidator(): Promise<{ validate: Validate; precompiled: boolean }> {
  if (validator) return validator;
  try {
    // Required beside this module, not imported by literal path: the file is generated after `tsc`,
    // and the bundle (CommonJS, no dynamic import) loads it from dist/src. An ES module: require(esm), Node ≥ 20.19.
    const pre = createRequire(import.meta.url)('./validate-config.generated.js') as { schemaHash?: string; validate?: Validate };
    if (pre.schemaHash === configSchemaHash() && typeof pre.validate === 'function') return (validator = { validate: pre.validate, precompiled: true });
  } catch {
    /* not generated: compile below */
  }
  const { Ajv } = (await import('ajv')).default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  return (validator = { validate: ajv.compile(configSchema) as Validate, precompiled: false });
}

export async function validateConfig(data: Record<string, unknown>, file?: string): Promise<void> {
  const { validate } = await configValidator();
  if (validate(data)) return;
  const messages = (validate.errors ?? []).map((e) => {
    const where = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return `unknown key '${where === '(top level)' ? key : `${where}.${key}`}'`;
    }
    if (e.keyword === 'enum') return `'${where}' must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    return `'${where}' ${e.message}`;
  });
  throw new ConfigError([...new Set(messages)].join('; '), file);
}

function mergeConfig(base: VouchConfig, over: Partial<VouchConfig>): VouchConfig {
  return {
    ...base,
    ...over,
    skip: { ...base.skip, ...(over.skip ?? {}) },
    rules: { ...base.rules, ...(over.rules ?? {}) },
  } as VouchConfig;
}
