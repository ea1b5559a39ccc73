import { expressions, stepsOf } from '../actions.js';
import { defineRule, get, lineWithin, str, type YamlDoc } from '../model.js';
import { printsToLog } from '../shell.js';


export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gha-secret-echo', title: 'Workflow prints a secret to the log', analyzer: 'iac', severity: 'medium', confidence: 'medium',
    cwe: [532], tags: ['github-actions', 'ci', 'secrets'],
    description: 'Echoing `${{ secrets.… }}` relies on GitHub\'s masking, which misses transformed values (base64, substrings, JSON); logs of public repositories are public.',
    fix: 'Do not print secrets. Pass them through `env:` to the tool that needs them; if a derived value must be printed, register it with `::add-mask::` first.',
    examples: { lang: 'yaml', bad: 'run: echo "token=${{ secrets.DEPLOY_TOKEN }}"', good: 'env:\n  DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\nrun: ./deploy.sh' },
  },
  refs: { none: 'Checkov, Trivy, KICS, zizmor and the Semgrep registry have no check for a secret printed by `run:`; zizmor `unredacted-secrets` is related (secrets GitHub cannot redact, such as `fromJSON(secrets.X).field`), not the same.' },
  applies: ['github-actions'],
  check(d) {
    return stepsOf(d).flatMap((s) => {
      const run = get(s.node, 'run');
      const text = str(run);
      if (!run || !text) return [];
      return text.split('\n').flatMap((line) => {
        if (!printsToLog(line) || line.includes('::add-mask::')) return [];
        const secret = expressions(line).find((e) => /^secrets\.\w+$/.test(e.inner) && e.inner !== 'secrets.GITHUB_TOKEN');
        return secret ? [{ line: lineWithin(d, run, secret.raw), message: `job '${s.job}' prints ${secret.inner}` }] : [];
      });
    });
  },
});
