import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { defineRule, lineOf, path, scalar, type YamlDoc } from '../model.js';
import type { Node } from 'yaml';

/** true: proven non-root; false: proven root; undefined: not said here. */
function nonRoot(sc: Node | undefined): { value: boolean; node: Node } | undefined {
  const user = path(sc, 'runAsUser');
  const nr = path(sc, 'runAsNonRoot');
  if (scalar(user) === 0) return { value: false, node: user! };
  if (scalar(nr) === false) return { value: false, node: nr! };
  if (scalar(nr) === true || (typeof scalar(user) === 'number' && (scalar(user) as number) > 0)) return { value: true, node: (nr ?? user)! };
  return undefined;
}

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-run-as-root', title: 'Container may run as root', analyzer: 'iac', severity: 'medium', confidence: 'medium',
    cwe: [250], tags: ['kubernetes', 'container', 'ai-common'],
    description: 'Neither the pod nor the container requires a non-root user (or it asks for UID 0), so the process runs as root unless the image says otherwise.',
    fix: 'Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` at pod level (or on each container), and build the image with a `USER`.',
    examples: { lang: 'yaml', bad: 'containers:\n  - name: api\n    image: api:1.4.2', good: 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\ncontainers:\n  - name: api\n    image: api:1.4.2' },
  },
  refs: { checkov: 'CKV_K8S_23', trivy: 'KSV012' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    const podLevel = nonRoot(path(pod.node, 'securityContext'));
    return containersOf(pod).flatMap((c) => {
      const own = nonRoot(path(c.node, 'securityContext'));
      const eff = own ?? podLevel;
      if (eff?.value === true) return [];
      if (eff?.value === false) return [{ line: lineOf(d, eff.node), message: `container '${containerName(c)}' runs as root` }];
      // Missing setting: point at the container's first line.
      return [{ line: lineOf(d, c.node), message: `container '${containerName(c)}' does not require a non-root user` }];
    });
  },
});
