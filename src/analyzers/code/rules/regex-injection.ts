import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const regexInjection: CodeRule = {
  meta: {
    id: 'js/regex-injection',
    title: 'Regular expression built from user input (ReDoS)',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [1333, 730],
    owasp: 'A03:2021-Injection',
    tags: ['redos', 'dos', 'ai-common'],
    description: 'A regular expression is compiled from user input (`new RegExp(req.query.q)`). A pattern like `(a+)+$` makes matching take exponential time and blocks the Node.js event loop for every user; special characters also change what the search matches.',
    fix: 'Escape the input before building the pattern (`escape-string-regexp`, lodash `escapeRegExp`, or `s.replace(/[.*+?^${}()|[\\]\\\\]/g, \'\\\\$&\')`), or use plain string search (`includes`, `indexOf`), or a linear-time engine such as `re2`.',
    examples: {
      bad: "app.get('/search', (req, res) => {\n  const re = new RegExp(req.query.q, 'i');\n  res.json(products.filter((p) => re.test(p.name)));\n});",
      good: "import escapeStringRegexp from 'escape-string-regexp';\napp.get('/search', (req, res) => {\n  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');\n  res.json(products.filter((p) => re.test(p.name)));\n});",
    },
  },
  taint: {
    kinds: ['regex'],
    message: (flow) => `ReDoS / regex injection: ${describeFlow(flow)} as a regular expression`,
  },
};
