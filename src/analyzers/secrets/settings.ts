/**
 * The `secrets:` section of .vouch.yml, validated by the config schema, turned into a ready
 * detector. Custom rules come from an untrusted repository, so their patterns are checked
 * for catastrophic backtracking before use.
 */
import picomatch from 'picomatch';
import type { VouchConfig } from '../../config/schema.js';
import { isSeverity, type Severity } from '../../findings/severity.js';
import { SecretDetector } from './detect.js';
import { builtInDetector } from './built-in.js';
import { DEFAULT_SALT } from './redact.js';
import type { SecretRule } from './rule-row.js';
export { secretsConfigSchema } from './config-schema.js';
import { secretRules } from './rules/index.js';
import { fileKindOf } from '../../pipeline/file-kinds.js';

export interface CustomSecretRuleConfig {
  id: string;
  title?: string;
  description?: string;
  regex: string;
  keywords: string[];
  entropy?: number;
  severity?: Severity;
  secretGroup?: number;
}

export interface SecretsConfig {
  salt?: string;
  allowPaths?: string[];
  allowValues?: string[];
  customRules?: CustomSecretRuleConfig[];
  history?: { maxBlobSize?: number };
}

/** A problem in the `secrets:` section; the CLI maps it to exit code 2 like any config error. */
export class SecretsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsConfigError';
  }
}

/** A quantified group that itself contains a quantifier, e.g. `(a+)+`: the classic ReDoS shape. */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; if (stack.length) stack[stack.length - 1] = stack[stack.length - 1]!; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push(false); continue; }
    if (c === ')') {
      const innerQuantified = stack.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      if (innerQuantified && quantified && next !== '?') return true;
      if (stack.length && (innerQuantified || quantified)) stack[stack.length - 1] = true;
      continue;
    }
    if ((c === '*' || c === '+' || c === '{') && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}

export function customRuleFrom(c: CustomSecretRuleConfig): SecretRule {
  if (hasNestedQuantifier(c.regex)) throw new SecretsConfigError(`secrets.customRules '${c.id}': nested quantifiers (like (a+)+) can hang the scan; simplify the regex`);
  let regex: RegExp;
  try {
    regex = new RegExp(c.regex);
  } catch (err) {
    throw new SecretsConfigError(`secrets.customRules '${c.id}': invalid regex (${(err as Error).message.split(':').pop()?.trim()})`);
  }
  return {
    id: c.id,
    title: c.title ?? `Custom secret (${c.id.slice('secrets/custom-'.length)})`,
    description: c.description ?? 'A secret matching a pattern defined in this project\'s .vouch.yml.',
    severity: c.severity && isSeverity(c.severity) ? c.severity : 'high',
    regex,
    secretGroup: c.secretGroup,
    keywords: c.keywords.map((k) => k.toLowerCase()),
    entropy: c.entropy,
    tags: ['custom'],
    samples: { tp: () => [], fp: [] },
  };
}

/** The kind the detector should assume: source maps hold JavaScript source, whatever their extension says. */
export function detectionKind(path: string, kind?: string): string {
  if (path.endsWith('.map')) return 'javascript';
  return kind ?? fileKindOf(path);
}

export interface SecretsSettings {
  salt: string;
  rules: SecretRule[];
  detector: SecretDetector;
  isAllowedPath: (path: string) => boolean;
  maxBlobSize: number;
}

const cache = new WeakMap<object, SecretsSettings>();

/** Ready-to-use settings for a config (memoised: workers build the detector once). */
export function secretsSettings(config: Pick<VouchConfig, 'secrets' | 'rules'>): SecretsSettings {
  const section = (config.secrets ?? {}) as SecretsConfig;
  const hit = cache.get(section);
  if (hit) return hit;
  const custom = (section.customRules ?? []).map(customRuleFrom);
  const disabled = new Set(Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || (typeof v === 'object' && v.enabled === false)).map(([k]) => k));
  const rules = [...secretRules, ...custom].filter((r) => !disabled.has(r.id));
  let allowValues: RegExp[];
  try {
    allowValues = (section.allowValues ?? []).map((v) => new RegExp(v));
  } catch (err) {
    throw new SecretsConfigError(`secrets.allowValues: invalid regex (${(err as Error).message})`);
  }
  const allowPaths = section.allowPaths ?? [];
  const matcher = allowPaths.length ? picomatch(allowPaths, { dot: true }) : undefined;
  const settings: SecretsSettings = {
    salt: section.salt ?? DEFAULT_SALT,
    rules,
    // The default settings share the thread's built-in detector (also used to redact reports).
    detector: custom.length === 0 && disabled.size === 0 && allowValues.length === 0 ? builtInDetector() : new SecretDetector(rules, { allowValues }),
    isAllowedPath: (path) => (matcher ? matcher(path) : false),
    maxBlobSize: section.history?.maxBlobSize ?? 10 * 1024 * 1024,
  };
  cache.set(section, settings);
  return settings;
}
