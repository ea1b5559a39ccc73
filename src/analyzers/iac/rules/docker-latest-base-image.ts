import { lineOfIns, type DockerDoc } from '../dockerfile.js';
import { floatingTag } from '../images.js';
import { defineRule } from '../model.js';

export const rule = defineRule<DockerDoc>({
  meta: {
    id: 'iac/docker-latest-base-image', title: 'Base image uses `latest` or no tag', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [1357], tags: ['dockerfile', 'container', 'supply-chain', 'ai-common'],
    description: '`FROM image` or `FROM image:latest` builds on whatever was pushed last: builds are not reproducible and a compromised or breaking push flows straight in.',
    fix: 'Pin the base image to a version tag, better to a digest: `FROM node:22.11-slim@sha256:…`.',
    examples: { lang: 'dockerfile', bad: 'FROM python:latest', good: 'FROM python:3.12.7-slim' },
  },
  refs: { checkov: 'CKV_DOCKER_7', trivy: 'DS001' },
  applies: 'dockerfile',
  check(d) {
    const stageNames = new Set(d.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
    return d.stages.flatMap(({ from }) => {
      // The image reference is the first argument that is not a flag such as --platform.
      const ref = (from.getArguments().map((a) => a.getValue()).find((v) => !v.startsWith('--')) ?? '');
      if (stageNames.has(ref.toLowerCase())) return [];
      const why = floatingTag(ref);
      return why ? [{ line: lineOfIns(from), message: `base image ${ref} is ${why === 'latest' ? 'tagged latest' : 'not tagged'}` }] : [];
    });
  },
});
