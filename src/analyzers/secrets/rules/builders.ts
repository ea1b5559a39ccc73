import type { Severity } from '../../../findings/severity.js';
import type { SecretRule } from '../rule-row.js';
import { CHARSETS, CLASSES, ci, escapeRegex, rand, type CharsetName } from './generate.js';

type Length = number | [number, number];

function quant(length: Length): string {
  return typeof length === 'number' ? `{${length}}` : `{${length[0]},${length[1]}}`;
}
function sampleLength(length: Length): number {
  return typeof length === 'number' ? length : length[0] + Math.floor((length[1] - length[0]) / 2);
}

/** The places a token turns up in real files: bare, .env, JSON, YAML, code. */
export function inContexts(value: string, name = 'API_TOKEN'): string[] {
  return [
    value,
    `${name}=${value}`,
    `{ "${name.toLowerCase()}": "${value}" }`,
    `const client = new Client({ ${name.toLowerCase()}: '${value}' });`,
  ];
}

interface Common {
  id: string;
  title: string;
  description: string;
  severity?: Severity;
  entropy?: number;
  allow?: RegExp[];
  tags?: string[];
  /** Extra near misses beyond the derived ones. */
  fp?: string[];
  /** The value's structure proves it real (see SecretRule.verifiable). */
  verifiable?: (secret: string) => boolean;
}

export interface TokenSpec extends Common {
  /** Regex source of the whole token (no boundaries, no secret group). */
  token: string;
  /** Produces one random token in the real format. */
  gen: () => string;
  keywords: string[];
  /** Characters that may not follow the token (the class of its last part). */
  end?: string;
  /** Characters that may not precede it. */
  start?: string;
  validate?: (secret: string) => boolean;
  noPlaceholderCheck?: boolean;
  /** When the keyword is in the variable name, not the token: samples use this name and no bare form. */
  sampleName?: string;
  /** `line` when the keyword is not where the token starts (implied by `sampleName`). */
  scope?: 'anchored' | 'line';
}

/** A self-identifying token (a distinctive prefix or shape): found wherever it appears. */
export function token(spec: TokenSpec): SecretRule {
  const end = spec.end ?? 'A-Za-z0-9_';
  const start = spec.start ?? 'A-Za-z0-9';
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    severity: spec.severity ?? 'high',
    regex: new RegExp(`(?<![${start}])(?<secret>${spec.token})(?![${end}])`),
    keywords: spec.keywords,
    scope: spec.scope ?? (spec.sampleName ? 'line' : 'anchored'),
    entropy: spec.entropy ?? 3,
    allow: spec.allow,
    validate: spec.validate,
    verifiable: spec.verifiable,
    noPlaceholderCheck: spec.noPlaceholderCheck,
    tags: spec.tags,
    samples: {
      tp: () => (spec.sampleName ? inContexts(spec.gen(), spec.sampleName).slice(1) : inContexts(spec.gen())),
      fp: spec.fp ?? [],
    },
  };
}

export interface PrefixedSpec extends Common {
  prefix: string;
  charset: CharsetName;
  length: Length;
  keywords?: string[];
}

/** `prefix` + a run of one alphabet: the most common shape (ghp_…, npm_…, glpat-…). */
export function prefixed(spec: PrefixedSpec): SecretRule {
  const cls = CLASSES[spec.charset];
  const n = sampleLength(spec.length);
  const derivedFp = [
    `${spec.prefix}${'x'.repeat(n)}`,
    `${spec.prefix}${'a1B2c3'.slice(0, Math.max(1, Math.min(6, n - 2)))}`,
    `${spec.prefix}\${TOKEN}`,
  ];
  return token({
    ...spec,
    token: `${escapeRegex(spec.prefix)}[${cls}]${quant(spec.length)}`,
    gen: () => spec.prefix + rand(spec.charset, n),
    keywords: spec.keywords ?? [spec.prefix.toLowerCase()],
    end: cls,
    fp: [...derivedFp, ...(spec.fp ?? [])],
  });
}

/** The name must not end in a word that marks a non-secret (`HEROKU_APP_ID`, `SNYK_ORG_ID`, `DATADOG_SITE`). */
const NOT_AN_ID = `(?<!${['id', 'url', 'uri', 'name', 'region', 'host', 'site', 'org', 'project', 'user', 'username', 'email', 'account'].map(ci).join('|')})`;

export interface ContextualSpec extends Common {
  /** Provider words that must precede the value in its variable/key name (`datadog`). */
  names: string[];
  charset: CharsetName | { cls: string; gen: () => string };
  length: Length;
  keywords?: string[];
}

/**
 * A value with no prefix of its own (32 hex chars, a UUID): only recognised when it is assigned to a
 * name that mentions the provider, `DATADOG_API_KEY=…`, `"datadogApiKey": "…"`.
 */
export function contextual(spec: ContextualSpec): SecretRule {
  const cls = typeof spec.charset === 'string' ? CLASSES[spec.charset] : spec.charset.cls;
  const gen = typeof spec.charset === 'string'
    ? (() => { const cs = spec.charset as CharsetName; return () => rand(cs, sampleLength(spec.length)); })()
    : spec.charset.gen;
  const names = spec.names.map(ci).join('|');
  const regex = new RegExp(
    `(?:${names})[\\w.\\-]{0,25}?${NOT_AN_ID}['"]?[ \\t]{0,3}(?:=|:=|:|=>|\\?=|,)[ \\t]{0,3}['"\`]?(?<secret>[${cls}]${quant(spec.length)})(?![${cls}])`,
  );
  const upper = spec.names[0]!.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const camel = spec.names[0]!.toLowerCase().replace(/[^a-z0-9]/g, '');
  const n = sampleLength(spec.length);
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    severity: spec.severity ?? 'high',
    regex,
    keywords: spec.keywords ?? spec.names.map((k) => k.toLowerCase()),
    entropy: spec.entropy ?? 3,
    allow: spec.allow,
    tags: spec.tags,
    samples: {
      tp: () => {
        const v = gen();
        return [`${upper}_API_KEY=${v}`, `"${camel}_token": "${v}",`, `  ${camel}Secret: '${v}',`, `${upper}_KEY = os.getenv("${upper}_KEY", "${v}")`];
      },
      fp: [
        `${upper}_API_KEY=\${${upper}_API_KEY}`,
        `${upper}_API_KEY=${'x'.repeat(n)}`,
        `${camel}Key: process.env.${upper}_KEY,`,
        `${upper}_APP_ID=${gen()}`,
        `API_KEY=${CHARSETS.hex.slice(0, 1)}`,
        ...(spec.fp ?? []),
      ],
    },
  };
}

/** Short provider descriptions get the impact common to their group, so every rule says why it matters. */
export function withImpact(impact: string): (row: SecretRule) => SecretRule {
  return (row) => (row.description.length >= 60 ? row : { ...row, description: `${row.description} ${impact}` });
}
