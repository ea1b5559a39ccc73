/** Kept free of imports so the config schema can include it without loading the rule table. */
/** JSON schema for the `secrets:` section (plugged into config/schema.ts). */
export const secretsConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    salt: { type: 'string', minLength: 8 },
    allowPaths: { type: 'array', items: { type: 'string', minLength: 1 } },
    allowValues: { type: 'array', items: { type: 'string', minLength: 1 } },
    customRules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'regex', 'keywords'],
        properties: {
          id: { type: 'string', pattern: '^secrets/custom-[a-z0-9][a-z0-9-]*$' },
          title: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          regex: { type: 'string', minLength: 1 },
          keywords: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2 } },
          entropy: { type: 'number', minimum: 0, maximum: 8 },
          severity: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
          secretGroup: { type: 'integer', minimum: 0 },
        },
      },
    },
    history: {
      type: 'object',
      additionalProperties: false,
      properties: { maxBlobSize: { type: 'integer', minimum: 1 } },
    },
  },
} as const;
