import { scriptLines } from '../gitlab.js';
import { defineRule, type YamlDoc } from '../model.js';
import { looksSecretName } from '../secret-names.js';
import { printsToLog } from '../shell.js';

// The job token is masked and expires with the job, as GITHUB_TOKEN is for the Actions rule.
const EXEMPT = new Set(['CI_JOB_TOKEN']);

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gitlab-secret-echo', title: 'GitLab CI job prints a secret to the log', analyzer: 'iac', severity: 'medium', confidence: 'medium',
    cwe: [532], tags: ['gitlab-ci', 'ci', 'secrets'],
    description: 'Echoing a token or password variable relies on GitLab\'s masking, which only covers variables marked masked and misses transformed values (base64, substrings, JSON); job logs are readable by everyone who can see the pipeline.',
    fix: 'Do not print secrets. Hand them to the tool that needs them through its environment or stdin (`echo "$REGISTRY_PASSWORD" | docker login --password-stdin`), and mark the variable masked and protected.',
    examples: { lang: 'yaml', bad: 'script:\n  - echo "token=$DEPLOY_TOKEN"', good: 'script:\n  - ./deploy.sh  # reads DEPLOY_TOKEN from the environment' },
  },
  refs: { none: 'Checkov, KICS and the Semgrep registry have no check for a CI variable printed in `script:`; Checkov `CKV_GITLABCI_1` (curl with CI variables) is related, not the same.' },
  applies: ['gitlab-ci'],
  check(d) {
    return scriptLines(d).flatMap((l) => {
      if (!printsToLog(l.text)) return [];
      const secret = [...l.text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!).find((name) => !EXEMPT.has(name) && looksSecretName(name));
      return secret ? [{ line: l.line, message: `job '${l.job}' prints $${secret}` }] : [];
    });
  },
});
