import { jobsOf, triggers } from '../actions.js';
import { defineRule, get, keyNode, lineOf, str, type YamlDoc } from '../model.js';
import { isMap } from '../yaml-lib.js';

const OUTSIDER_EVENTS = new Set(['pull_request_target', 'workflow_run', 'issue_comment', 'issues', 'discussion', 'discussion_comment', 'pull_request_review_comment']);

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-excessive-permissions', title: 'Workflow token with write-all or default permissions', analyzer: 'iac', severity: 'medium', confidence: 'medium',
    cwe: [250], tags: ['github-actions', 'ci', 'iam'],
    description: '`permissions: write-all` (or no `permissions` at all, which inherits the repository default, often read-write) gives every step a token that can push code, create releases and change settings.',
    fix: 'Declare `permissions: { contents: read }` at the top of the workflow and grant each job only the scopes it needs (e.g. `pull-requests: write`).',
    examples: { lang: 'yaml', bad: 'permissions: write-all', good: 'permissions:\n  contents: read' },
  },
  refs: { checkov: 'CKV2_GHA_1', zizmor: 'excessive-permissions' },
  applies: ['github-actions'],
  check(d) {
    const root = d.doc.contents;
    const hits = [];
    const top = get(root, 'permissions');
    if (str(top) === 'write-all') hits.push({ line: lineOf(d, top), message: 'workflow grants write-all permissions' });
    const jobs = jobsOf(d);
    for (const j of jobs) {
      const p = get(j.node, 'permissions');
      if (str(p) === 'write-all') hits.push({ line: lineOf(d, p), message: `job '${j.name}' grants write-all permissions` });
    }
    // Missing: only when the workflow actually uses its token and neither level narrows it.
    // Events an outsider can fire (a fork's pull request, a comment) still run in the base
    // repository with its token, which actions receive without naming it.
    const outsiderEvent = triggers(d).find((t) => OUTSIDER_EVENTS.has(t));
    const usesToken = /\b(secrets\.GITHUB_TOKEN|github\.token)\b/.test(d.text) || outsiderEvent !== undefined;
    if (!top && usesToken && jobs.some((j) => !isMap(get(j.node, 'permissions')) && !str(get(j.node, 'permissions')))) {
      const why = outsiderEvent ? `runs on ${outsiderEvent} with the repository's token` : 'uses its token';
      hits.push({ line: lineOf(d, keyNode(root, 'jobs') ?? keyNode(root, 'on')), message: `workflow ${why} but declares no permissions`, severity: 'low' as const });
    }
    return hits;
  },
});
