import type { CodeRule } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { objectProperty, propertyName, unwrap } from '../frontend/js/ast.js';
import { describeFlow } from './_taint-message.js';
import { resolveValue } from '../frontend/js/bindings.js';
import { SAFE_METHODS } from '../models/sanitizers.js';
import { QUOTES_LEFT_STEP } from '../taint/values.js';

const SANITIZER_CALL = /(^|\.)(sanitize|escape\w*|encode\w*|purify|DOMPurify\.sanitize|dompurify\.sanitize|sanitizeHtml|xss|filterXSS|textContent)$|^(escape-html|sanitize-html|xss|he\.\w+)$/i;

/** Dynamic HTML: a template literal or concatenation with non-constant parts, or a non-literal value. */
function dynamicHtml(ctx: { program: Node; qualifiedName(n: Node): string | undefined; constantValue(n: Node | undefined): unknown }, node: Node, depth = 0): boolean {
  const n = unwrap(node);
  // `const html = DOMPurify.sanitize(md)` … `__html: html`: the name's one definition in the file decides.
  if (n.type === 'Identifier' && depth < 3) {
    const def = resolveValue(ctx.program, n).value;
    if (def !== n && def.type !== 'Identifier') return dynamicHtml(ctx, def, depth + 1);
  }
  if (n.type === 'Literal' || (n.type === 'TemplateLiteral' && n.expressions.length === 0)) return false;
  if (ctx.constantValue(n) !== undefined) return false;
  if (n.type === 'CallExpression') {
    // A method whose result carries no markup (`new Date(t).toLocaleDateString()`, `n.toFixed(2)`).
    const callee = unwrap(n.callee);
    if (callee.type === 'MemberExpression' && SAFE_METHODS.has(propertyName(callee) ?? '')) return false;
    return !SANITIZER_CALL.test(ctx.qualifiedName(n.callee) ?? '');
  }
  if (n.type === 'TemplateLiteral') return n.expressions.some((e: Node) => dynamicHtml(ctx, e, depth));
  if (n.type === 'BinaryExpression' && n.operator === '+') return dynamicHtml(ctx, n.left, depth) || dynamicHtml(ctx, n.right, depth);
  if (n.type === 'ConditionalExpression') return dynamicHtml(ctx, n.consequent, depth) || dynamicHtml(ctx, n.alternate, depth);
  if (n.type === 'LogicalExpression') return dynamicHtml(ctx, n.left, depth) || dynamicHtml(ctx, n.right, depth);
  return n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'AwaitExpression';
}

export const xss: CodeRule = {
  meta: {
    id: 'js/xss',
    title: 'Cross-site scripting (XSS)',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021-Injection',
    tags: ['xss', 'injection', 'ai-common'],
    description: 'Untrusted data is written into HTML without escaping: sent in an HTML response (request data, or a text field of rows read from the database that other users wrote: stored XSS), assigned to `innerHTML`/`outerHTML`, passed to `insertAdjacentHTML`/`document.write`, or rendered with React `dangerouslySetInnerHTML`, or escaped by a function that leaves `"` as it is (`replace(/[&<>]/g, …)`) and put inside a double-quoted attribute value, where a `"` ends the value (a library that builds such markup is reported where it does). An attacker\'s `<script>` or `onerror=` then runs in other users\' browsers, stealing sessions and acting as them.',
    fix: 'Let the framework escape: render text with React `{value}`, set `element.textContent`, use a template engine with auto-escaping on. If you must insert HTML, sanitise it with DOMPurify (`DOMPurify.sanitize(html)`), and escape server-side strings with `escape-html` (it escapes quotes too, so its output is safe in quoted attribute values). Return data as JSON (`res.json`) instead of building HTML.',
    examples: {
      bad: "app.get('/search', (req, res) => {\n  res.send(`<h1>Results for ${req.query.q}</h1>`);\n});\n\nfunction Comment({ comment }) {\n  return <div dangerouslySetInnerHTML={{ __html: comment.body }} />;\n}",
      good: "import escapeHtml from 'escape-html';\napp.get('/search', (req, res) => {\n  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);\n});\n\nfunction Comment({ comment }) {\n  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;\n}",
    },
  },
  taint: {
    kinds: ['xss'],
    // `res.send(req.body)` sends JSON; only strings (or fields that are strings) become HTML.
    // Frameworks' escape hatches are js/template-xss and js/angular-trust-bypass.
    accept: (flow) => flow.sink.framework === undefined && (!flow.whole || flow.stringy || (flow.source.category !== 'request' && flow.source.category !== 'remote')),
    message: (flow) =>
      flow.steps.some((s) => s.message === QUOTES_LEFT_STEP)
        ? `XSS: ${describeFlow(flow)}, HTML-escaped by a function that leaves \`"\` as it is: a \`"\` ends the value and adds attributes (\` onmouseover=…\`)`
        : `XSS: ${describeFlow(flow)} without HTML escaping`,
  },
  pattern: {
    // HTML built from data we cannot trace to a source (API responses, props, database rows) is
    // still stored XSS when that data came from another user: flagged with lower confidence.
    create: (ctx) => ({
      JSXAttribute(node, ancestors) {
        if (node.name?.name !== 'dangerouslySetInnerHTML') return;
        // A <style> element's text is CSS built from the app's theme settings; user data reaching it is the taint check's to report.
        const element = ancestors[ancestors.length - 1];
        if (element?.type === 'JSXOpeningElement' && element.name?.type === 'JSXIdentifier' && element.name.name === 'style') return;
        const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : undefined;
        const html = value && objectProperty(value, '__html');
        if (html && dynamicHtml(ctx, html)) {
          ctx.report(node, 'XSS: dangerouslySetInnerHTML renders dynamic HTML without sanitising it (use DOMPurify.sanitize)', { severity: 'medium', confidence: 'medium' });
        }
      },
      CallExpression(node) {
        const name = ctx.qualifiedName(node.callee) ?? '';
        const html = /(^|\.)insertAdjacentHTML$/.test(name) ? node.arguments[1] : /^(document\.write|document\.writeln)$/.test(name) ? node.arguments[0] : undefined;
        if (!html) return;
        const h = unwrap(html);
        if ((h.type === 'TemplateLiteral' || (h.type === 'BinaryExpression' && h.operator === '+')) && dynamicHtml(ctx, h)) {
          ctx.report(node, `XSS: ${name.split('.').pop()}() inserts HTML built from dynamic data without escaping (use textContent or DOMPurify)`, { severity: 'medium', confidence: 'medium' });
        }
      },
      AssignmentExpression(node) {
        const left = unwrap(node.left);
        if (left.type !== 'MemberExpression' || !/^(innerHTML|outerHTML)$/.test(propertyName(left) ?? '')) return;
        const right = unwrap(node.right);
        if ((right.type === 'TemplateLiteral' || (right.type === 'BinaryExpression' && right.operator === '+')) && dynamicHtml(ctx, right)) {
          ctx.report(node, `XSS: ${propertyName(left)} is assigned HTML built from dynamic data without escaping (use textContent or DOMPurify)`, { severity: 'medium', confidence: 'medium' });
        }
      },
    }),
  },
};
