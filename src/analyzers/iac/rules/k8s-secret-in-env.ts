import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, get, items, lineOf, str, type YamlDoc } from '../model.js';
import { looksSecretName, looksPlaceholder } from '../secret-names.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-secret-in-env', title: 'Secret in a plain environment value', analyzer: 'iac', severity: 'high', confidence: 'medium',
    cwe: [798], tags: ['kubernetes', 'secrets', 'ai-common'],
    description: 'A password, token or key written as a literal `env` value lives in the manifest, in git and in `kubectl describe` output.',
    fix: 'Store the value in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`.',
    examples: { lang: 'yaml', bad: 'env:\n  - name: DB_PASSWORD\n    value: hunter2hunter2', good: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: password }' },
  },
  refs: { checkov: 'CKV_K8S_35' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) => items(get(c.node, 'env')).flatMap((e) => {
      const name = str(get(e, 'name')) ?? '';
      const value = get(e, 'value');
      const v = str(value);
      if (!v || !looksSecretName(name) || looksPlaceholder(v)) return [];
      return [{ line: lineOf(d, value), message: `container '${containerName(c)}' sets ${name} to a literal value` }];
    }));
  },
});
