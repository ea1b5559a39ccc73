import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const templateInjection: CodeRule = {
  meta: {
    id: 'js/template-injection',
    title: 'Server-side template injection',
    analyzer: 'code',
    severity: 'critical',
    confidence: 'high',
    // CWE-1336 (template expressions); CWE-94 too, since every engine here compiles templates to JavaScript.
    cwe: [1336, 94],
    owasp: 'A03:2021-Injection',
    tags: ['injection', 'ssti', 'ai-common'],
    description: 'User input becomes the source of a template that a template engine compiles or renders (`ejs.render(text)`, `pug.compile(text)`, `nunjucks.renderString(text)`, `Handlebars.compile(text)`, lodash/underscore `template(text)`, Mustache, doT, Eta, Edge `renderRaw`). These engines compile templates to JavaScript, and their expression tags reach the runtime (`<%= process.mainModule.require(\'child_process\')… %>`, `{{ range.constructor("…")() }}`), so whoever writes the template runs code on the server. Input passed as the template\'s data is safe.',
    fix: 'Render templates the application ships (files in the views folder, or constant strings) and pass user text only as data: `ejs.render(TEMPLATE, { title: req.body.title })`. When users must author templates, use a logic-less engine in a sandboxed mode with no access to JavaScript (e.g. LiquidJS with its default settings), or substitute a fixed set of placeholders yourself (`text.replace(/\\{\\{(name|date)\\}\\}/g, …)`).',
    examples: {
      bad: "app.post('/preview', (req, res) => {\n  res.send(ejs.render(req.body.template, { user: req.user }));\n});",
      good: "const PREVIEW = '<h1><%= title %></h1><p><%= body %></p>';\napp.post('/preview', (req, res) => {\n  res.send(ejs.render(PREVIEW, { title: req.body.title, body: req.body.body }));\n});",
    },
  },
  taint: {
    kinds: ['code'],
    accept: (flow) => !!flow.sink.template,
    message: (flow) => `Template injection: ${describeFlow(flow)}, which compiles it as a template`,
  },
};
