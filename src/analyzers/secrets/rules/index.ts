import type { SecretRule } from '../rule-row.js';
import { aiRules } from './ai.js';
import { cloudRules } from './cloud.js';
import { codeHostingRules } from './code-hosting.js';
import { genericRules } from './generic.js';
import { keyRules } from './keys.js';
import { messagingRules } from './messaging.js';
import { paymentRules } from './payments.js';
import { saasRules } from './saas.js';

/**
 * The whole table. Order matters only when two rows find the same secret: the earlier,
 * more specific row wins (Anthropic before OpenAI's broad `sk-`, providers before generic rows).
 */
export const secretRules: SecretRule[] = [
  ...keyRules,
  ...aiRules.filter((r) => r.id === 'secrets/anthropic-api-key' || r.id === 'secrets/openrouter-api-key' || r.id === 'secrets/langfuse-secret-key'),
  ...aiRules.filter((r) => r.id !== 'secrets/anthropic-api-key' && r.id !== 'secrets/openrouter-api-key' && r.id !== 'secrets/langfuse-secret-key'),
  ...codeHostingRules,
  ...cloudRules,
  ...paymentRules,
  ...messagingRules,
  ...saasRules,
  ...genericRules,
];
