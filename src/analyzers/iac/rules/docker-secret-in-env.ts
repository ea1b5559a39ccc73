import { type DockerDoc } from '../dockerfile.js';
import { defineRule } from '../model.js';
import { looksPlaceholder, looksSecretName } from '../secret-names.js';
import type { Arg, Env } from 'dockerfile-ast';

export const rule = defineRule<DockerDoc>({
  meta: {
    id: 'iac/docker-secret-in-env', title: 'Secret baked into the image with ENV or ARG', analyzer: 'iac', severity: 'high', confidence: 'medium',
    cwe: [798, 538], tags: ['dockerfile', 'secrets', 'ai-common'],
    description: '`ENV` values are stored in the image config and `ARG` values in its build history (`docker history`); anyone who can pull the image can read them.',
    fix: 'Mount build-time secrets with BuildKit (`RUN --mount=type=secret,id=npm_token …`) and pass runtime secrets when the container starts (orchestrator secrets, env at run time), never in the Dockerfile.',
    examples: { lang: 'dockerfile', bad: 'ENV DATABASE_PASSWORD=s3cr3t-value', good: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' },
  },
  refs: { trivy: 'DS031' },
  applies: 'dockerfile',
  check(d) {
    const hits = [];
    for (const ins of d.file.getInstructions()) {
      const kw = ins.getKeyword();
      if (kw !== 'ENV' && kw !== 'ARG') continue;
      const props = kw === 'ENV' ? (ins as Env).getProperties() : [(ins as Arg).getProperty()].filter((p) => p !== null);
      for (const p of props) {
        const name = p.getName();
        if (!looksSecretName(name)) continue; // TOKEN_FILE and the like name where a secret is, not the secret
        const value = p.getValue() ?? '';
        // ARG without a value still lands in the history when passed with --build-arg; ENV needs a value.
        if (kw === 'ENV' && (!value || (looksPlaceholder(value) && !value.startsWith('$')))) continue;
        if (kw === 'ARG' && value && looksPlaceholder(value) && !value.startsWith('$')) continue;
        // The variable's own line: one ENV often spans several continued lines.
        hits.push({ line: p.getNameRange().start.line + 1, message: `${kw} ${name} puts a secret into the image` });
      }
    }
    return hits;
  },
});
