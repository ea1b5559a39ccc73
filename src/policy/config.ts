import { SEVERITIES, type FailOn } from '../findings/severity.js';
import type { OriginKind } from '../findings/finding.js';

/** A sensitive area: AI-written changes here need a recorded review by one of `reviewers`. */
export interface SensitiveArea {
  name: string;
  /** Globs over paths relative to the scan root. */
  paths: string[];
  /** Rule id globs (`js/jwt-*`) or rule tags (`auth`, `crypto`): AI-written findings of these rules make the change sensitive. */
  rules: string[];
  /** E-mail, `@handle` or name; empty = any recorded review counts. */
  reviewers: string[];
}

export interface RiskWeights {
  aiShare: number;
  severity: number;
  sensitivity: number;
}

/** `policy:` in .vouch.yml. */
export interface PolicyConfig {
  /** Stricter thresholds by origin; they only tighten the global `failOn`. */
  failOnByOrigin: Partial<Record<OriginKind, FailOn>>;
  sensitive: SensitiveArea[];
  /** What a dependency added in AI-written lines needs. */
  aiDependencies: 'allowlist-required' | 'warn' | 'off';
  /** Package names or globs (`@types/*`) AI-written changes may add. */
  allowedDependencies: string[];
  risk: { weights: RiskWeights; failAbove?: number };
  /**
   * Findings in test code and docs/examples (tagged `test` / `docs`): `report` (default) lists them one
   * severity lower without failing the gate; `gate` keeps their severity and lets them fail it.
   */
  testAndDocs: 'report' | 'gate';
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const failOnEnum = { enum: [...SEVERITIES, 'none'] } as const;

export const policyConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOnByOrigin: {
      type: 'object',
      additionalProperties: false,
      properties: { ai: failOnEnum, human: failOnEnum, unknown: failOnEnum },
    },
    sensitive: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
          paths: stringList,
          rules: stringList,
          reviewers: stringList,
        },
      },
    },
    aiDependencies: { enum: ['allowlist-required', 'warn', 'off'] },
    testAndDocs: { enum: ['report', 'gate'] },
    allowedDependencies: stringList,
    risk: {
      type: 'object',
      additionalProperties: false,
      properties: {
        weights: {
          type: 'object',
          additionalProperties: false,
          properties: {
            aiShare: { type: 'number', minimum: 0 },
            severity: { type: 'number', minimum: 0 },
            sensitivity: { type: 'number', minimum: 0 },
          },
        },
        failAbove: { type: 'number', minimum: 0, maximum: 100 },
      },
    },
  },
} as const;

export const DEFAULT_RISK_WEIGHTS: RiskWeights = { aiShare: 30, severity: 50, sensitivity: 20 };

/** The `policy:` section of a loaded config (typed structurally: the config schema imports this module). */
export function policyConfig(config: { policy?: Record<string, unknown> }): PolicyConfig {
  const p = (config.policy ?? {}) as Partial<PolicyConfig> & { risk?: { weights?: Partial<RiskWeights>; failAbove?: number } };
  return {
    failOnByOrigin: p.failOnByOrigin ?? {},
    sensitive: (p.sensitive ?? []).map((s) => ({ name: s.name, paths: s.paths ?? [], rules: s.rules ?? [], reviewers: s.reviewers ?? [] })),
    aiDependencies: p.aiDependencies ?? 'off',
    allowedDependencies: p.allowedDependencies ?? [],
    risk: { weights: { ...DEFAULT_RISK_WEIGHTS, ...(p.risk?.weights ?? {}) }, failAbove: p.risk?.failAbove },
    testAndDocs: p.testAndDocs ?? 'report',
  };
}
