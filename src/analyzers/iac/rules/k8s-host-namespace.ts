import { podSpecOf } from '../kubernetes.js';
import { defineRule, get, isTrue, lineOf, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-host-namespace', title: 'Pod shares the host\'s namespaces', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [668], tags: ['kubernetes', 'container'],
    description: '`hostNetwork`, `hostPID` or `hostIPC` put the pod in the node\'s network, process or IPC namespace: it can sniff node traffic, signal host processes or read shared memory.',
    fix: 'Remove `hostNetwork`, `hostPID` and `hostIPC` (they default to false). Expose ports with a Service instead of the host network.',
    examples: { lang: 'yaml', bad: 'spec:\n  hostNetwork: true', good: 'spec:\n  hostNetwork: false' },
  },
  refs: { checkov: 'CKV_K8S_19', trivy: 'KSV009' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return ['hostNetwork', 'hostPID', 'hostIPC'].flatMap((k) => {
      const v = get(pod.node, k);
      return isTrue(v) ? [{ line: lineOf(d, v), message: `pod sets ${k}: true` }] : [];
    });
  },
});
