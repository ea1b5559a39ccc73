import { SEVERITIES, type FailOn } from '../findings/severity.js';

/** `assist:` in .vouch.yml: how Vouch behaves where code is being written (hooks, MCP, LSP). */
export interface AssistConfig {
  /** An edit that introduces a finding at or above this severity is pushed back to the assistant. */
  failOn: FailOn;
  /** A hook gives up (and lets the edit through) after this many milliseconds. */
  timeoutMs: number;
  /** Ask package registries about dependencies an edit adds (hallucinated, brand-new packages); off keeps hooks offline. */
  registryChecks: boolean;
}

export const assistConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: { enum: [...SEVERITIES, 'none'] },
    timeoutMs: { type: 'integer', minimum: 100, maximum: 600_000 },
    registryChecks: { type: 'boolean' },
  },
} as const;

export function assistConfig(section: Record<string, unknown> | undefined): AssistConfig {
  const s = (section ?? {}) as Partial<AssistConfig>;
  return {
    failOn: s.failOn ?? 'high',
    timeoutMs: s.timeoutMs ?? 5000,
    registryChecks: s.registryChecks ?? false,
  };
}
