import { stepsOf } from '../actions.js';
import { scriptLines } from '../gitlab.js';
import { defineRule, get, lineWithin, str, type Hit, type YamlDoc } from '../model.js';
import { PIPE_TO_SHELL } from '../shell.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/ci-curl-pipe-shell', title: 'CI job pipes a downloaded script into a shell', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [494], tags: ['github-actions', 'gitlab-ci', 'ci', 'supply-chain'],
    description: '`curl … | sh` in a CI job runs whatever the server (or anyone in between) returns, with the job\'s token, secrets and deploy rights, and nothing records what ran.',
    fix: 'Download to a file and verify a pinned checksum or signature before running it (`curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`), or use a pinned action, image or package instead.',
    examples: { lang: 'yaml', bad: 'script:\n  - curl -sSL https://get.example.com | bash', good: 'script:\n  - curl -fsSLo get.sh https://get.example.com\n  - echo "9b1f…  get.sh" | sha256sum -c -\n  - sh get.sh' },
  },
  refs: { semgrep: 'yaml.github-actions.security.gha-curl-pipe-shell.gha-curl-pipe-shell', none: 'For GitLab CI no peer has one (Checkov `CKV_GITLABCI_1` looks for curl sending CI variables, not for piping into a shell).' },
  applies: ['github-actions', 'gitlab-ci'],
  check(d) {
    if (d.kind === 'gitlab-ci') {
      return scriptLines(d).filter((l) => PIPE_TO_SHELL.test(l.text)).map((l) => ({ line: l.line, message: `job '${l.job}' pipes a download into an interpreter` }));
    }
    const hits: Hit[] = [];
    for (const s of stepsOf(d)) {
      const run = get(s.node, 'run');
      const text = str(run);
      if (!run || !text) continue;
      // Continuation lines join one command; each command is reported on its first line.
      for (const cmd of text.split(/(?<!\\)\n/)) {
        if (PIPE_TO_SHELL.test(cmd.replace(/\\\n/g, ' '))) hits.push({ line: lineWithin(d, run, cmd.trim().split('\n')[0]!), message: `job '${s.job}' pipes a download into an interpreter` });
      }
    }
    return hits;
  },
});
