import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, isTrue, lineOf, path, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-privileged-container', title: 'Privileged container', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [250], tags: ['kubernetes', 'container', 'ai-common'],
    description: 'A container with `privileged: true` has every capability and access to the host\'s devices; escaping to the node is trivial.',
    fix: 'Remove `privileged: true`. Grant only the single capability the workload needs under `securityContext.capabilities.add`, and drop the rest with `drop: ["ALL"]`.',
    examples: { lang: 'yaml', bad: 'securityContext:\n  privileged: true', good: 'securityContext:\n  privileged: false\n  capabilities:\n    drop: ["ALL"]' },
  },
  refs: { checkov: 'CKV_K8S_16', trivy: 'KSV017' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) => {
      const v = path(c.node, 'securityContext', 'privileged');
      return isTrue(v) ? [{ line: lineOf(d, v), message: `container '${containerName(c)}' runs privileged` }] : [];
    });
  },
});
