import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, isTrue, lineOf, path, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-privilege-escalation', title: 'Container allows privilege escalation', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [269], tags: ['kubernetes', 'container'],
    description: '`allowPrivilegeEscalation: true` lets a process gain more privileges than its parent (setuid binaries, file capabilities).',
    fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    examples: { lang: 'yaml', bad: 'securityContext:\n  allowPrivilegeEscalation: true', good: 'securityContext:\n  allowPrivilegeEscalation: false' },
  },
  refs: { checkov: 'CKV_K8S_20', trivy: 'KSV001' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) => {
      const v = path(c.node, 'securityContext', 'allowPrivilegeEscalation');
      return isTrue(v) ? [{ line: lineOf(d, v), message: `container '${containerName(c)}' allows privilege escalation` }] : [];
    });
  },
});
