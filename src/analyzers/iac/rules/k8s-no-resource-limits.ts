import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, lineOf, path, type YamlDoc } from '../model.js';
import { isMap } from '../yaml-lib.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-no-resource-limits', title: 'Container has no resource limits', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [770], tags: ['kubernetes', 'container', 'availability'],
    description: 'Without `resources.limits` one container can take all CPU and memory of its node and starve its neighbours.',
    fix: 'Set `resources.limits.memory` and `resources.limits.cpu` (and matching `requests`) on every container.',
    examples: { lang: 'yaml', bad: '- name: api\n  image: api:1.4.2', good: '- name: api\n  image: api:1.4.2\n  resources:\n    limits: { cpu: 500m, memory: 256Mi }' },
  },
  refs: { checkov: 'CKV_K8S_11', trivy: 'KSV011' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) => {
      const limits = path(c.node, 'resources', 'limits');
      return isMap(limits) && limits.items.length ? [] : [{ line: lineOf(d, c.node), message: `container '${containerName(c)}' has no resource limits` }];
    });
  },
});
