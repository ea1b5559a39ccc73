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
    // ARGs declared before the first FROM are what FROM lines may use; a build may override them,
    // so only their defaults are known.
    const defaults = new Map<string, string>();
    for (const arg of d.file.getInitialARGs()) {
      const p = arg.getProperty();
      const value = p?.getValue();
      if (p && value) defaults.set(p.getName(), value);
    }
    return d.stages.flatMap(({ from }) => {
      // The image reference is the first argument that is not a flag such as --platform.
      const written = (from.getArguments().map((a) => a.getValue()).find((v) => !v.startsWith('--')) ?? '');
      const ref = withArgDefaults(written, defaults);
      if (stageNames.has(ref.toLowerCase())) return [];
      const why = floatingTag(ref); // still holding `$`: a variable with no default is not guessed
      const via = ref === written ? '' : ` (${written} by default)`;
      return why ? [{ line: lineOfIns(from), message: `base image ${ref}${via} is ${why === 'latest' ? 'tagged latest' : 'not tagged'}` }] : [];
    });
  },
});

/** `${NAME}`, `$NAME` and `${NAME:-fallback}` with the ARG defaults; unknown names stay as written. */
function withArgDefaults(ref: string, defaults: Map<string, string>): string {
  return ref.replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (whole, braced?: string, fallback?: string, bare?: string) => defaults.get((braced ?? bare)!) ?? fallback ?? whole);
}
