import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, isTrue, items, lineOf, path, scalar, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-privilege-escalation', title: 'Container allows privilege escalation', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [269], tags: ['kubernetes', 'container'],
    description: '`allowPrivilegeEscalation: true` lets a process gain more privileges than its parent (setuid binaries, file capabilities). Kubernetes allows it when the field is not set, so a container without `allowPrivilegeEscalation: false` is reported too, at low severity: the Pod Security Standards\' `restricted` profile requires `false`, the `baseline` profile does not, and the escalation needs a setuid binary or file capability in the image to be used.',
    fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    examples: { lang: 'yaml', bad: 'securityContext:\n  allowPrivilegeEscalation: true', good: 'securityContext:\n  allowPrivilegeEscalation: false' },
  },
  // Checkov and Trivy report the unset field as well; kube-linter's `privilege-escalation-container`
  // (read in its source) only an explicit `true`.
  refs: { checkov: 'CKV_K8S_20', trivy: 'KSV001', none: 'kube-linter `privilege-escalation-container` reports an explicit `true` only.' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    // Windows containers have no setuid escalation; the restricted profile exempts them.
    if (str(path(pod.node, 'os', 'name')) === 'windows') return [];
    return containersOf(pod).flatMap((c) => {
      const v = path(c.node, 'securityContext', 'allowPrivilegeEscalation');
      if (isTrue(v)) return [{ line: lineOf(d, v), message: `container '${containerName(c)}' allows privilege escalation` }];
      if (v !== undefined && v !== null) return []; // `false`, or a value this rule cannot read
      // Privileged containers and those given CAP_SYS_ADMIN (or ALL) already hold what escalation would give (the API rejects `false` with them); their own rules report them.
      if (isTrue(path(c.node, 'securityContext', 'privileged'))) return [];
      if (items(path(c.node, 'securityContext', 'capabilities', 'add')).some((n) => /^((CAP_)?SYS_ADMIN|ALL)$/.test(String(scalar(n))))) return [];
      return [{ line: lineOf(d, c.node), severity: 'low' as const, message: `container '${containerName(c)}' does not set allowPrivilegeEscalation: false (Kubernetes allows escalation by default)` }];
    });
  },
});
