import type { AiToolSpec } from './ai-tools.js';

/** `provenance:` in .vouch.yml: which signals to read, and extra AI tools. */
export interface ProvenanceConfig {
  enabled: boolean;
  markers: boolean;
  commits: boolean;
  gitAiNotes: boolean;
  agentTrace: boolean;
  ledger: boolean;
  tools: Partial<AiToolSpec>[];
}

/** `review:` in .vouch.yml: the checklist a reviewer answers. */
export interface ReviewConfig {
  checklist: string[];
}

export const DEFAULT_CHECKLIST = [
  'Input validation: every external input is validated or parameterised',
  'Authentication and authorization: every new route or action checks who may call it',
  'Output encoding: data written to HTML, SQL, shells or logs is encoded for that context',
  'Cryptography: no home-made crypto, no weak algorithms, keys and tokens come from config',
  'Dependencies: every new package exists, is maintained and is on the allow-list',
];

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const provenanceConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    markers: { type: 'boolean' },
    commits: { type: 'boolean' },
    gitAiNotes: { type: 'boolean' },
    agentTrace: { type: 'boolean' },
    ledger: { type: 'boolean' },
    tools: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          aliases: stringList,
          emails: stringList,
          names: stringList,
          messageLines: stringList,
        },
      },
    },
  },
} as const;

export const reviewConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    checklist: { ...stringList, minItems: 1 },
  },
} as const;

/** The `provenance:` section of a loaded config (typed structurally: the config schema imports this module). */
export function provenanceConfig(config: { provenance?: Record<string, unknown> }): ProvenanceConfig {
  const p = (config.provenance ?? {}) as Partial<ProvenanceConfig>;
  return {
    enabled: p.enabled ?? true,
    markers: p.markers ?? true,
    commits: p.commits ?? true,
    gitAiNotes: p.gitAiNotes ?? true,
    agentTrace: p.agentTrace ?? true,
    ledger: p.ledger ?? true,
    tools: Array.isArray(p.tools) ? p.tools : [],
  };
}

export function reviewConfig(config: { review?: Record<string, unknown> }): ReviewConfig {
  const r = (config.review ?? {}) as Partial<ReviewConfig>;
  return { checklist: Array.isArray(r.checklist) && r.checklist.length ? r.checklist : DEFAULT_CHECKLIST };
}
