import { containerName, containersOf, podSpecOf } from '../kubernetes.js';
import { floatingTag } from '../images.js';
import { defineRule, get, lineOf, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-latest-image', title: 'Container image uses `latest` or no tag', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [1357], tags: ['kubernetes', 'container', 'supply-chain', 'ai-common'],
    description: 'An image without a tag or tagged `latest` changes under you: what runs is not what was reviewed, and a compromised push is deployed on the next restart.',
    fix: 'Pin the image to a version tag, better to a digest: `image: registry.example.com/api:1.4.2@sha256:…`.',
    examples: { lang: 'yaml', bad: 'image: nginx:latest', good: 'image: nginx:1.27.3' },
  },
  refs: { checkov: 'CKV_K8S_14', trivy: 'KSV013' },
  applies: ['kubernetes'],
  check(d) {
    const pod = podSpecOf(d);
    if (!pod) return [];
    return containersOf(pod).flatMap((c) => {
      const img = get(c.node, 'image');
      const why = floatingTag(str(img) ?? '');
      return why ? [{ line: lineOf(d, img), message: `container '${containerName(c)}' image ${str(img)} is ${why === 'latest' ? 'tagged latest' : 'not tagged'}` }] : [];
    });
  },
});
