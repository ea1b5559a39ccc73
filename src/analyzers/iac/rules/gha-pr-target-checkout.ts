import { stepsOf, triggers } from '../actions.js';
import { defineRule, get, lineOf, path, str, type YamlDoc } from '../model.js';

const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs\/pull\/.*\/(head|merge)/;
/** The head of the run that triggered a `workflow_run`: a fork's pull request code when that run was one. */
const RUN_HEAD = /github\.event\.workflow_run\.(head_sha|head_branch|head_commit\.id)/;

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-pr-target-checkout', title: '`pull_request_target` or `workflow_run` checks out the pull request\'s code', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [829], tags: ['github-actions', 'ci', 'supply-chain'],
    description: '`pull_request_target` runs with the base repository\'s secrets and a write token; checking out the PR head and building it runs a stranger\'s code with them. A `workflow_run` triggered by a fork\'s pull request runs with the same rights, so checking out the triggering run\'s `head_sha` or `head_branch` is the same mistake.',
    fix: 'Use `pull_request` for building untrusted code. If `pull_request_target` is needed (labels, comments), do not check out the head, or split the work into a `workflow_run` that only reads artifacts (as data: never run them) and never checks out the triggering run\'s head.',
    examples: { lang: 'yaml', bad: 'on: pull_request_target\n…\n- uses: actions/checkout@v4\n  with:\n    ref: ${{ github.event.pull_request.head.sha }}', good: 'on: pull_request\n…\n- uses: actions/checkout@v4' },
  },
  refs: { semgrep: 'yaml.github-actions.security.pull-request-target-code-checkout.pull-request-target-code-checkout', zizmor: 'dangerous-triggers', none: 'zizmor reports every `pull_request_target` trigger, checked out or not.' },
  applies: ['github-actions'],
  check(d) {
    const on = triggers(d);
    const events = [...(on.includes('pull_request_target') ? [['pull_request_target', PR_HEAD] as const] : []), ...(on.includes('workflow_run') ? [['workflow_run', RUN_HEAD] as const] : [])];
    if (!events.length) return [];
    return stepsOf(d).flatMap((s) => {
      const uses = str(get(s.node, 'uses')) ?? '';
      if (!uses.startsWith('actions/checkout@')) return [];
      const ref = path(s.node, 'with', 'ref');
      const hit = events.find(([, head]) => head.test(str(ref) ?? ''));
      return hit ? [{ line: lineOf(d, ref), message: `job '${s.job}' checks out the ${hit[0] === 'workflow_run' ? 'triggering run\'s head' : 'pull request head'} under ${hit[0]}` }] : [];
    });
  },
});
