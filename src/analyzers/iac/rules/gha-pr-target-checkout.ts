import { stepsOf, triggers } from '../actions.js';
import { defineRule, get, lineOf, path, str, type YamlDoc } from '../model.js';

const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs\/pull\/.*\/(head|merge)/;

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-pr-target-checkout', title: '`pull_request_target` checks out the pull request\'s code', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [829], tags: ['github-actions', 'ci', 'supply-chain'],
    description: '`pull_request_target` runs with the base repository\'s secrets and a write token; checking out the PR head and building it runs a stranger\'s code with them.',
    fix: 'Use `pull_request` for building untrusted code. If `pull_request_target` is needed (labels, comments), do not check out the head, or split the work into a `workflow_run` that only reads artifacts.',
    examples: { lang: 'yaml', bad: 'on: pull_request_target\n…\n- uses: actions/checkout@v4\n  with:\n    ref: ${{ github.event.pull_request.head.sha }}', good: 'on: pull_request\n…\n- uses: actions/checkout@v4' },
  },
  refs: {},
  applies: ['github-actions'],
  check(d) {
    if (!triggers(d).includes('pull_request_target')) return [];
    return stepsOf(d).flatMap((s) => {
      const uses = str(get(s.node, 'uses')) ?? '';
      if (!uses.startsWith('actions/checkout@')) return [];
      const ref = path(s.node, 'with', 'ref');
      return PR_HEAD.test(str(ref) ?? '') ? [{ line: lineOf(d, ref), message: `job '${s.job}' checks out the pull request head under pull_request_target` }] : [];
    });
  },
});
