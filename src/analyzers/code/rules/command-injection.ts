import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const commandInjection: CodeRule = {
  meta: {
    id: 'js/command-injection',
    title: 'OS command injection',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    cwe: [78],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'command', 'ai-common'],
    description: 'User input reaches a shell command (`exec`, `execSync`, `spawn` with `shell: true`) or chooses the program to run, so characters like `;`, `|`, `$()` or backticks let an attacker run any command on the server. In an Electron main process, a renderer\'s URL or path passed to `shell.openExternal` / `shell.openPath` is the same flaw: the OS opens it with whatever program claims the scheme or file (`file:`, `smb:`, `ms-msdt:`, an executable), so a compromised renderer launches programs on the desktop.',
    fix: 'Do not build shell strings. Call the program directly with an argument array and no shell: `execFile(\'convert\', [input, output])` / `spawn(\'git\', [\'log\', ref])`. Validate arguments against an allow-list or a strict pattern, and put `--` before user-supplied file names. Before `shell.openExternal`, parse the URL and allow only web and mail schemes (`if (![\'https:\', \'http:\', \'mailto:\'].includes(new URL(url).protocol)) return;`); never `shell.openPath` a path the renderer chose.',
    examples: {
      bad: "app.post('/ping', (req, res) => {\n  exec(`ping -c 1 ${req.body.host}`, (err, out) => res.send(out));\n});",
      good: "app.post('/ping', (req, res) => {\n  if (!/^[a-z0-9.-]+$/i.test(req.body.host)) return res.sendStatus(400);\n  execFile('ping', ['-c', '1', req.body.host], (err, out) => res.send(out));\n});",
    },
  },
  taint: {
    kinds: ['command'],
    message: (flow) => `Command injection: ${describeFlow(flow)}`,
  },
};
