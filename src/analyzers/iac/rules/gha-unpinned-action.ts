import { stepsOf, jobsOf } from '../actions.js';
import { defineRule, get, lineOf, str, type YamlDoc } from '../model.js';
import type { Node } from 'yaml';

// Actions published by GitHub itself; everything else is a third party whose tag can be moved.
const FIRST_PARTY = /^(actions|github)\//;

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-unpinned-action', title: 'Third-party action not pinned to a commit SHA', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [829], tags: ['github-actions', 'ci', 'supply-chain'],
    description: 'A tag or branch (`@v3`, `@main`) can be moved by whoever controls the action\'s repository; the next run executes their new code with your secrets.',
    fix: 'Pin to the full 40-character commit SHA and keep the version in a comment: `uses: owner/action@<sha> # v3.1.0`. Let Dependabot update the pins.',
    examples: { lang: 'yaml', bad: 'uses: some-org/deploy-action@v2', good: 'uses: some-org/deploy-action@8f4b7f84864484a7bf31766abe9204da3cbe65b3 # v2.1.0' },
  },
  refs: { checkov: 'CKV_GHA_8', semgrep: 'yaml.github-actions.security.third-party-action-not-pinned-to-commit-sha.third-party-action-not-pinned-to-commit-sha', zizmor: 'unpinned-uses' },
  applies: ['github-actions'],
  check(d) {
    const refs: Node[] = [...stepsOf(d).map((s) => get(s.node, 'uses')), ...jobsOf(d).map((j) => get(j.node, 'uses'))].filter((n): n is Node => !!n);
    return refs.flatMap((n) => {
      const uses = str(n) ?? '';
      if (uses.startsWith('./') || uses.startsWith('docker://') || FIRST_PARTY.test(uses)) return [];
      const at = uses.lastIndexOf('@');
      if (at < 0) return [];
      return /^[0-9a-f]{40}$/i.test(uses.slice(at + 1)) ? [] : [{ line: lineOf(d, n), message: `${uses} is not pinned to a commit SHA` }];
    });
  },
});
