import type { FailOn, Severity } from '../findings/severity.js';
import { SEVERITIES } from '../findings/severity.js';
import { dependenciesConfigSchema } from '../analyzers/dependencies/config.js';
import { provenanceConfigSchema, reviewConfigSchema } from '../provenance/config.js';
import { policyConfigSchema } from '../policy/config.js';
import { secretsConfigSchema } from '../analyzers/secrets/config-schema.js';
import { assistConfigSchema } from '../assist/config.js';
import { type ModelsConfig, modelsConfigSchema } from '../analyzers/code/models/apis.js';
import { SINK_KINDS } from '../analyzers/code/taint/values.js';

/** A rule setting in `.vouch.yml`: `off`, `on`, a severity, or an object. Keys may end in `*`. */
export type RuleSetting = 'off' | 'on' | Severity | { enabled?: boolean; severity?: Severity };

export interface VouchConfig {
  /** Globs (relative to the scan root) to scan; empty = everything. */
  include: string[];
  /** Globs to skip, in addition to .gitignore and the built-in defaults. */
  exclude: string[];
  failOn: FailOn;
  /** What scan errors (unparsable, unreadable files) do to the exit code: `fail` → 3, `warn` → report only. */
  scanErrors: 'fail' | 'warn';
  /** Files larger than this many bytes are skipped with a notice. */
  maxFileSize: number;
  /** The built-in skips; each may be turned off. */
  skip: { nodeModules: boolean; buildOutput: boolean; minified: boolean; vendored: boolean; gitignored: boolean };
  /** Which analyzers run (`vouch scan --only` overrides). */
  analyzers: string[];
  rules: Record<string, RuleSetting>;
  /** Analyzer sections, owned by their analyzers; validated by the schema below. */
  secrets: Record<string, unknown>;
  dependencies: Record<string, unknown>;
  iac: Record<string, unknown>;
  provenance: Record<string, unknown>;
  policy: Record<string, unknown>;
  review: Record<string, unknown>;
  /** Assistant hooks, MCP and language server (assist/config.ts). */
  assist: Record<string, unknown>;
  /** The user's own sources, sinks and sanitizers over API paths (analyzers/code/models/apis.ts). */
  models?: ModelsConfig;
}

/** Analyzer groups, as named by `--only` and `analyzers` in the config. */
export const ALL_ANALYZERS = ['code', 'secrets', 'deps', 'iac'] as const;

export function defaultConfig(): VouchConfig {
  return {
    include: [],
    exclude: [],
    failOn: 'high',
    scanErrors: 'fail',
    maxFileSize: 2 * 1024 * 1024,
    skip: { nodeModules: true, buildOutput: true, minified: true, vendored: true, gitignored: true },
    analyzers: [...ALL_ANALYZERS],
    rules: {},
    secrets: {},
    dependencies: {},
    iac: {},
    provenance: {},
    policy: {},
    review: {},
    assist: {},
  };
}

const severityEnum = { enum: [...SEVERITIES] };
const globList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** JSON Schema (draft-07) for `.vouch.yml`. Unknown keys are errors. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://vouch.dev/schemas/vouch-config.json',
  title: 'Vouch configuration (.vouch.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    include: globList,
    exclude: globList,
    failOn: { enum: [...SEVERITIES, 'none'] },
    scanErrors: { enum: ['fail', 'warn'] },
    maxFileSize: { type: 'integer', minimum: 1 },
    skip: {
      type: 'object',
      additionalProperties: false,
      properties: {
        nodeModules: { type: 'boolean' },
        buildOutput: { type: 'boolean' },
        minified: { type: 'boolean' },
        vendored: { type: 'boolean' },
        gitignored: { type: 'boolean' },
      },
    },
    analyzers: { type: 'array', items: { enum: [...ALL_ANALYZERS] } },
    rules: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          { enum: ['off', 'on', ...SEVERITIES] },
          {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, severity: severityEnum },
          },
        ],
      },
    },
    secrets: secretsConfigSchema,
    dependencies: dependenciesConfigSchema,
    iac: { type: 'object' },
    provenance: provenanceConfigSchema,
    policy: policyConfigSchema,
    review: reviewConfigSchema,
    assist: assistConfigSchema,
    // Every kind a taint rule reports (`xxe` is a pattern rule's: no flow of that kind is reported).
    models: modelsConfigSchema(Object.keys(SINK_KINDS).filter((k) => k !== 'xxe')),
  },
} as const;
