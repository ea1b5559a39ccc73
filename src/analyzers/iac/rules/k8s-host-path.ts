import { podSpecOf } from '../kubernetes.js';
import { defineRule, get, items, keyNode, lineOf, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-host-path', title: 'Pod mounts a host path', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [668], tags: ['kubernetes', 'container'],
    description: 'A `hostPath` volume exposes the node\'s filesystem to the pod; mounting `/`, `/var/run/docker.sock` or `/etc` hands over the node.',
    fix: 'Use a `persistentVolumeClaim`, `emptyDir`, `configMap` or `secret` volume instead of `hostPath`.',
    examples: { lang: 'yaml', bad: 'volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock', good: 'volumes:\n  - name: cache\n    emptyDir: {}' },
  },
  refs: { checkov: 'CKV_K8S_27', trivy: 'KSV023' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return items(get(pod.node, 'volumes')).flatMap((v) => {
      const hp = get(v, 'hostPath');
      return hp ? [{ line: lineOf(d, keyNode(v, 'hostPath')), message: `volume '${str(get(v, 'name')) ?? '?'}' mounts host path ${str(get(hp, 'path')) ?? ''}`.trimEnd() }] : [];
    });
  },
});
