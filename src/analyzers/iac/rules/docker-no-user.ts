import { lineOfIns, type DockerDoc, type Stage } from '../dockerfile.js';
import { defineRule } from '../model.js';
import type { Instruction } from 'dockerfile-ast';

/** The last USER of a stage, following `FROM <earlier stage>` to inherit its user. */
function lastUser(stage: Stage, stages: Stage[], seen = new Set<Stage>()): Instruction | undefined {
  const own = stage.instructions.filter((i) => i.getKeyword() === 'USER').at(-1);
  if (own || seen.has(stage)) return own;
  seen.add(stage);
  const parent = stages.find((s) => s.name && s.name.toLowerCase() === (stage.from.getImageName() ?? '').toLowerCase() && s !== stage);
  return parent ? lastUser(parent, stages, seen) : undefined;
}

export const rule = defineRule<DockerDoc>({
  meta: {
    id: 'iac/docker-no-user', title: 'Container image runs as root', analyzer: 'iac', severity: 'medium', confidence: 'medium',
    cwe: [250], tags: ['dockerfile', 'container', 'ai-common'],
    description: 'The final stage never switches to an unprivileged `USER` (or switches to root), so the application runs as root inside the container; any code-execution bug starts with root.',
    fix: 'Create a user and switch to it before the `CMD`: `RUN useradd -r -u 10001 app` then `USER 10001`. Distroless images offer a `:nonroot` variant.',
    examples: { lang: 'dockerfile', bad: 'FROM node:22.11-slim\nCOPY . .\nCMD ["node", "server.js"]', good: 'FROM node:22.11-slim\nCOPY . .\nUSER node\nCMD ["node", "server.js"]' },
  },
  refs: { checkov: 'CKV_DOCKER_3', trivy: 'DS002' },
  applies: 'dockerfile',
  check(d) {
    const final = d.stages.at(-1);
    if (!final) return [];
    const image = (final.from.getImageName() ?? '').toLowerCase();
    const tag = (final.from.getImageTag() ?? '').toLowerCase();
    if (image === 'scratch' || tag.includes('nonroot')) return [];
    const user = lastUser(final, d.stages);
    if (!user) return [{ line: lineOfIns(final.from), message: 'final stage sets no USER: the container runs as root' }];
    const who = user.getArgumentsContent()?.trim().split(':')[0] ?? '';
    return who === 'root' || who === '0' ? [{ line: lineOfIns(user), message: 'final stage switches to USER root' }] : [];
  },
});
