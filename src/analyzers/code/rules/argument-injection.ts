import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const argumentInjection: CodeRule = {
  meta: {
    id: 'js/argument-injection',
    title: 'Argument injection into a program that reads options',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [88],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'command'],
    description: 'A value from a request (or a parameter of a library\'s exported function) is passed whole in the argument list of a program such as `git`, `ssh`, `hg`, `tar`, `rsync` or `curl`, with no `--` before it. No shell is involved, but a value that starts with `-` is read as an option: `--upload-pack=…` or `-c core.sshCommand=…` make git run a command, `-oProxyCommand=…` makes ssh run one, `--checkpoint-action=exec=…` makes tar run one, `-o` makes curl write a file. This is how most command-execution CVEs of git and ssh wrapper packages look.',
    fix: 'Put `--` before positional arguments that come from outside (`[\'clone\', \'--\', url, dir]`), or reject values that start with `-` (`if (ref.startsWith(\'-\')) throw …`), or pass the value as the value of an option (`--branch=${name}`).',
    examples: {
      bad: "function clone(url, dir) {\n  return execFileSync('git', ['clone', url, dir]);\n}\nmodule.exports = { clone };",
      good: "function clone(url, dir) {\n  return execFileSync('git', ['clone', '--', url, dir]);\n}\nmodule.exports = { clone };",
    },
  },
  taint: {
    kinds: ['argument'],
    message: (flow) => `Argument injection: ${describeFlow(flow)}, where a value starting with \`-\` is read as an option`,
  },
};
