import { isDangerousCapability } from '../compose.js';
import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, items, lineOf, path, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-dangerous-capabilities', title: 'Container adds a dangerous Linux capability', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [250], tags: ['kubernetes', 'container'],
    description: 'Capabilities such as `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE` or `ALL` give a container near-root power over the node.',
    fix: 'Drop all capabilities (`drop: ["ALL"]`) and add back only a narrow one the workload needs, such as `NET_BIND_SERVICE`.',
    examples: { lang: 'yaml', bad: 'capabilities:\n  add: ["SYS_ADMIN"]', good: 'capabilities:\n  drop: ["ALL"]\n  add: ["NET_BIND_SERVICE"]' },
  },
  refs: { checkov: 'CKV_K8S_39', trivy: 'KSV005' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) =>
      items(path(c.node, 'securityContext', 'capabilities', 'add'))
        .filter((cap) => isDangerousCapability(str(cap) ?? ''))
        .map((cap) => ({ line: lineOf(d, cap), message: `container '${containerName(c)}' adds capability ${str(cap)}` })));
  },
});
