import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

/** What the regex analysis found, in the words of the finding. */
const BACKTRACKING = {
  exponential: 'exponential backtracking (nested or overlapping repetition: a few dozen characters can take hours)',
  polynomial: 'polynomial backtracking (overlapping quantifiers: slow on input of many kilobytes)',
  move: 'quadratic backtracking (a rejected input is rescanned from every position: slow on input of many kilobytes)',
  unknown: 'super-linear backtracking',
} as const;

export const redos: CodeRule = {
  meta: {
    id: 'js/redos',
    title: 'Super-linear regular expression on user input (ReDoS)',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [1333, 400],
    owasp: 'A06:2021-Vulnerable and Outdated Components',
    tags: ['redos', 'dos', 'ai-common'],
    description: 'A regular expression whose matching time grows faster than linearly with the input — nested quantifiers (`(a+)+`, `([a-z0-9]+-?)+`), quantifiers that overlap (`\\w+\\s?\\w*`), or a pattern a failing input makes the engine rescan from every position (`\\s*$`) — runs on request data or on input a library receives. A few kilobytes of crafted text then keep Node\'s single thread busy for seconds to hours, stopping every other request. The patterns are judged by a static analysis of their automaton (scslre), not by running them.',
    fix: 'Rewrite the pattern so each character can be matched in only one way: drop the inner quantifier (`^[a-z0-9]+(?:-[a-z0-9]+)*$` instead of `^([a-z0-9]+-?)+$`), make alternatives disjoint, and anchor suffix searches (`s.trimEnd()` instead of `replace(/\\s*$/, \'\')`). Limit the input length before matching (`if (value.length > 254) reject`), and for user-chosen patterns use a linear-time engine such as `re2`. Validators from a maintained library (`validator`\'s `isEmail`) are safer than hand-written ones.',
    examples: {
      bad: "app.post('/signup', (req, res) => {\n  if (!/^([a-zA-Z0-9]+[._-]?)+@example\\.com$/.test(req.body.email)) return res.status(400).end();\n  // …\n});",
      good: "app.post('/signup', (req, res) => {\n  const email = String(req.body.email ?? '');\n  if (email.length > 254 || !/^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*@example\\.com$/.test(email)) return res.status(400).end();\n  // …\n});",
    },
  },
  taint: {
    kinds: ['redos'],
    message: (flow) => `ReDoS: ${describeFlow(flow)}, matched by a regular expression with ${BACKTRACKING[flow.sink.backtracking ?? 'unknown']}`,
  },
};
