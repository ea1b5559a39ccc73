import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const logInjection: CodeRule = {
  meta: {
    id: 'js/log-injection',
    title: 'Log injection',
    analyzer: 'code',
    severity: 'low',
    confidence: 'medium',
    cwe: [117],
    owasp: 'A09:2021-Security Logging and Monitoring Failures',
    tags: ['logging'],
    description: 'User input is written to a log line as a string. Newlines in it let an attacker forge log entries (a fake "login succeeded for admin"), hide their tracks, or attack log viewers. The request target (`req.url`) and header values are not reported as they arrive: Node\'s HTTP parser answers 400 to a raw CR, LF or control character in them; once percent-decoded (`decodeURIComponent`) they are.',
    fix: 'Log structured data (`logger.info({ username }, \'login attempt\')` with pino/winston JSON output), or strip CR/LF first: `String(value).replace(/[\\r\\n]/g, \'\')`.',
    examples: {
      bad: "console.log(`Failed login for ${req.body.username}`);",
      good: "logger.warn({ username: String(req.body.username).replace(/[\\r\\n]/g, '') }, 'failed login');",
    },
  },
  taint: {
    kinds: ['log'],
    // Objects are printed with util.inspect, which escapes newlines; strings are not.
    accept: (flow) => flow.stringy || !flow.whole,
    message: (flow) => `Log injection: ${describeFlow(flow)} unescaped; newlines can forge log entries`,
  },
};
