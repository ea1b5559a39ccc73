import type { Node } from 'yaml';
import { isMap, isScalar } from '../yaml-lib.js';
import { servicesOf } from '../compose.js';
import { defineRule, get, items, lineOf, str, type YamlDoc } from '../model.js';
import { looksPlaceholder, looksSecretName } from '../secret-names.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/compose-secret-in-env', title: 'Secret in a compose environment value', analyzer: 'iac', severity: 'high', confidence: 'medium',
    cwe: [798], tags: ['compose', 'secrets', 'ai-common'],
    description: 'A password, token or key written as a literal `environment` value lives in the compose file, in git and in `docker inspect` output.',
    fix: 'Interpolate it from the environment or an untracked `.env` file (`DB_PASSWORD: ${DB_PASSWORD}`), or use compose `secrets:` mounted as files (`DB_PASSWORD_FILE: /run/secrets/db_password`).',
    examples: { lang: 'yaml', bad: 'environment:\n  DB_PASSWORD: hunter2hunter2', good: 'environment:\n  DB_PASSWORD: ${DB_PASSWORD}' },
  },
  refs: { none: 'Checkov and Trivy do not read docker-compose files, and KICS has no compose query for a secret in `environment:` (only its format-independent password and secret patterns).' },
  applies: ['compose'],
  check(d) {
    return servicesOf(d).flatMap((s) => {
      const env = get(s.node, 'environment');
      // Map syntax `KEY: value`, or list syntax `- KEY=value`.
      const pairs: { name: string; value: string | undefined; node: Node }[] = isMap(env)
        ? env.items.flatMap((p) => (isScalar(p.key) ? [{ name: String(p.key.value), value: str(p.value), node: (p.value ?? p.key) as Node }] : []))
        : items(env).flatMap((n) => {
          const text = str(n) ?? '';
          const eq = text.indexOf('=');
          return eq > 0 ? [{ name: text.slice(0, eq), value: text.slice(eq + 1), node: n }] : [];
        });
      return pairs
        .filter((p) => p.value && looksSecretName(p.name) && !looksPlaceholder(p.value))
        .map((p) => ({ line: lineOf(d, p.node), message: `service '${s.name}' sets ${p.name} to a literal value` }));
    });
  },
});
