import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const codeInjection: CodeRule = {
  meta: {
    id: 'js/code-injection',
    title: 'Code injection',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    cwe: [94, 95],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'eval', 'ai-common'],
    description: 'User input is evaluated as JavaScript (`eval`, `new Function`, `vm.run*`, a string passed to `setTimeout`/`setInterval`, MongoDB `$where`, or `require()`/`import()` of a module the user names; a file path built from input is js/path-traversal), or passed whole as render options (`res.render(view, req.query)` lets the user set EJS/Pug compile options such as `outputFunctionName`), which gives an attacker full code execution. Input compiled as a template\'s source is js/template-injection.',
    fix: 'Never evaluate user input. Parse data with `JSON.parse`, compute with a real expression parser (e.g. `mathjs` `evaluate` with a limited scope), map user choices to functions through an object of allowed handlers, and pass functions (not strings) to timers. `vm` is not a security sandbox. Pass `res.render` an object of the fields the view needs, never a request object.',
    examples: {
      bad: "app.post('/calc', (req, res) => {\n  res.json({ result: eval(req.body.expression) });\n});",
      good: "import { evaluate } from 'mathjs';\napp.post('/calc', (req, res) => {\n  res.json({ result: evaluate(String(req.body.expression)) });\n});",
    },
  },
  taint: {
    kinds: ['code'],
    // A template engine's template source is js/template-injection.
    accept: (flow) => !flow.sink.template,
    message: (flow) => `Code injection: ${describeFlow(flow)}, which evaluates it as code`,
  },
};
