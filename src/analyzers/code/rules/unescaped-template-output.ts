import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { propertyName, unwrap } from '../frontend/js/ast.js';
import { collectInitializers, isFalseValue, isTrueValue, resolveLocal } from './_local-values.js';

interface Engine {
  name: string;
  /** Functions that take template source as their first argument. */
  calls: RegExp;
  /** Raw (unescaped) output tags; group 1 is the expression. */
  raw: RegExp;
  /** Expressions that are not data (layout bodies, partial includes). */
  harmless?: RegExp;
}

// Layout placeholders (`<%- body %>`, `{{{body}}}`) and includes hold already-rendered, escaped HTML.
const ENGINES: Engine[] = [
  { name: 'EJS', calls: /^ejs\.(render|compile)$/, raw: /<%-([\s\S]*?)-?%>/g, harmless: /^(include\s*\(|body$|partial\s*\(|defineContent\s*\(|script$|style$)/ },
  { name: 'Handlebars', calls: /^(handlebars|hbs|express-handlebars)(\.handlebars)?\.(compile|precompile)$/, raw: /(?<!\{)\{\{\{(?!\{)([^}]*)\}\}\}|\{\{&([^}]*)\}\}/g, harmless: /^(body|>.*)$/ },
  { name: 'Mustache', calls: /^mustache\.(render|parse)$/, raw: /(?<!\{)\{\{\{(?!\{)([^}]*)\}\}\}|\{\{&([^}]*)\}\}/g },
  { name: 'Nunjucks', calls: /^nunjucks\.(renderString|compile)$|\.renderString$/, raw: /\{\{([^}]*?\|[ \t]*safe)[ \t]*\}\}/g },
  { name: 'Pug', calls: /^(pug|jade)\.(render|compile|compileClient)$/, raw: /!\{([^}]*)\}|^[ \t]*[\w.#-]+(?:\([^)]*\))?!=\s*(.+)$/gm },
  // lodash/underscore templates are the reverse of EJS: `<%= %>` is raw, `<%- %>` escapes.
  { name: 'lodash template', calls: /^(lodash|lodash-es|underscore|_)\.template$/, raw: /<%=([\s\S]*?)%>/g },
];

/** The string parts of a template argument, with their positions: literals, template quasis, `'a' + 'b'`. */
function stringPieces(node: Node, out: { text: string; start: number; node: Node }[] = []): typeof out {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') out.push({ text: n.value, start: n.start, node: n });
  else if (n.type === 'TemplateLiteral') for (const q of n.quasis) out.push({ text: q.value.cooked ?? q.value.raw, start: q.start, node: n });
  else if (n.type === 'BinaryExpression' && n.operator === '+') { stringPieces(n.left, out); stringPieces(n.right, out); }
  return out;
}

const MAX_TEMPLATE_CHARS = 200_000;
const HTML_TAG = /<\/?[a-zA-Z][\w-]*[\s>/]/;

const ESCAPER = /(^|\.)(escapeExpression|escape\w*|sanitize\w*|encode\w*|purify)$|^(escape-html|sanitize-html|he\.\w+|dompurify\.sanitize|xss)$/i;

/**
 * `JSON.stringify(data).replace(/</g, '\\u003c')`: JSON for a `<script>` block with every `<` replaced
 * by text without one, so no tag can start in it (`</script>` included). Any further `.replace()` in
 * the chain must not put a `<` back.
 */
function jsonWithoutTags(ctx: CodeRuleContext, node: Node, removed = false): boolean {
  const n = unwrap(node);
  if (n.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  if (removed && ctx.qualifiedName(callee) === 'JSON.stringify') return true;
  if (callee.type !== 'MemberExpression' || !/^replace(All)?$/.test(propertyName(callee) ?? '')) return false;
  const repl = ctx.constantValue(n.arguments[1]);
  if (typeof repl !== 'string' || repl.includes('<')) return false;
  return jsonWithoutTags(ctx, callee.object, removed || removesEveryLessThan(ctx, n));
}

/** `.replace(/</g, …)`, `.replace(/[<>&]/g, …)`, `.replaceAll('<', …)`: every `<` is selected. */
function removesEveryLessThan(ctx: CodeRuleContext, call: Node): boolean {
  const pattern = call.arguments[0] && unwrap(call.arguments[0]);
  if (!pattern) return false;
  if (pattern.type === 'Literal' && pattern.regex) {
    if (!pattern.regex.flags.includes('g')) return false;
    // The file's own regex literal, tried on one fixed character (never on scanned data).
    try {
      return new RegExp(pattern.regex.pattern, pattern.regex.flags.replace(/[gy]/g, '')).exec('<')?.[0] === '<';
    } catch {
      return false;
    }
  }
  return propertyName(unwrap(call.callee)) === 'replaceAll' && ctx.constantValue(pattern) === '<';
}

/** Is any part of this value non-constant and not passed through an escaper? */
function unescapedData(ctx: CodeRuleContext, node: Node): boolean {
  const n = unwrap(node);
  if (ctx.constantValue(n) !== undefined) return false;
  if (n.type === 'Literal') return false;
  if (n.type === 'TemplateLiteral') return n.expressions.some((e: Node) => unescapedData(ctx, e));
  if (n.type === 'BinaryExpression' && n.operator === '+') return unescapedData(ctx, n.left) || unescapedData(ctx, n.right);
  if (n.type === 'ConditionalExpression') return unescapedData(ctx, n.consequent) || unescapedData(ctx, n.alternate);
  if (n.type === 'LogicalExpression') return unescapedData(ctx, n.left) || unescapedData(ctx, n.right);
  if (n.type === 'CallExpression') return !ESCAPER.test(ctx.qualifiedName(n.callee) ?? '') && !jsonWithoutTags(ctx, n);
  return n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'AwaitExpression';
}

export const unescapedTemplateOutput: CodeRule = {
  meta: {
    id: 'js/unescaped-template-output',
    title: 'Template output without HTML escaping',
    analyzer: 'code',
    severity: 'high',
    confidence: 'medium',
    cwe: [79, 116],
    owasp: 'A03:2021-Injection',
    tags: ['xss', 'injection', 'templates', 'config', 'ai-common'],
    description: 'A template engine is told not to escape: raw output tags with data (EJS `<%- %>`, Handlebars/Mustache `{{{ }}}`, Pug `!{}`, Nunjucks `| safe`, lodash `<%= %>`), `new Handlebars.SafeString(userData)`, or escaping switched off for every template (`noEscape: true`, `autoescape: false`). Any `<script>` in the data then runs in the reader\'s browser (stored or reflected XSS).',
    fix: 'Use the escaping form: EJS `<%= value %>`, Handlebars/Mustache `{{value}}`, Pug `#{value}`, lodash `<%- value %>`. Keep `autoescape: true` (Nunjucks) and never set `noEscape`. Wrap only HTML you built from escaped parts in `SafeString` (`Handlebars.escapeExpression(name)`), and sanitise rich text with DOMPurify/sanitize-html before marking it safe.',
    examples: {
      bad: "const html = ejs.render('<div class=\"bio\"><%- user.bio %></div>', { user });\n\nnunjucks.configure('views', { autoescape: false, express: app });\n\nHandlebars.registerHelper('link', (url, text) => new Handlebars.SafeString(`<a href=\"${url}\">${text}</a>`));",
      good: "const html = ejs.render('<div class=\"bio\"><%= user.bio %></div>', { user });\n\nnunjucks.configure('views', { autoescape: true, express: app });\n\nHandlebars.registerHelper('link', (url, text) => new Handlebars.SafeString(\n  `<a href=\"${Handlebars.escapeExpression(url)}\">${Handlebars.escapeExpression(text)}</a>`,\n));",
    },
  },
  pattern: {
    create: (ctx) => {
      let inits: Map<string, Node> | undefined;
      const imports = (re: RegExp) => [...ctx.modules.specifiers].some((s) => re.test(s));
      const usesHandlebars = imports(/^(handlebars|hbs|express-handlebars)(\/|$)/);
      const usesNunjucks = imports(/^(nunjucks|swig|swig-templates)(\/|$)/);
      
      const checkTemplate = (engine: Engine, arg: Node | undefined) => {
        if (!arg) return;
        const template = resolveLocal(arg, (inits ??= collectInitializers(ctx.program)));
        if (!template) return;
        const pieces = stringPieces(template);
        // Raw output only matters in HTML: SQL, code or plain-text templates (`_.template('UPDATE … <%= col %>')`) are not XSS.
        if (engine.name !== 'Pug' && !pieces.some((p) => HTML_TAG.test(p.text.replace(/<%[\s\S]*?%>/g, '')))) return;
        for (const piece of pieces) {
          // Templates inlined in code are small; a megabyte string is data, not a template.
          if (piece.text.length > MAX_TEMPLATE_CHARS) continue;
          for (const m of piece.text.matchAll(engine.raw)) {
            const expr = (m.slice(1).find((g) => g !== undefined) ?? '').trim();
            if (!expr || /^(['"]).*\1$/.test(expr) || /^\d+$/.test(expr) || engine.harmless?.test(expr)) continue;
            // Reported where the template string starts: a comment cannot sit inside it.
            ctx.report(piece.node, `Unescaped template output: ${engine.name} raw tag \`${m[0].trim().slice(0, 60)}\` writes "${expr.slice(0, 40)}" without HTML escaping`);
            return;
          }
        }
      };

      return {
        CallExpression(node) {
          const name = ctx.qualifiedName(node.callee) ?? '';
          for (const engine of ENGINES) {
            if (!engine.calls.test(name)) continue;
            // `env.renderString(…)` is only Nunjucks in a file that uses Nunjucks.
            if (engine.name === 'Nunjucks' && !name.startsWith('nunjucks.') && !usesNunjucks) continue;
            checkTemplate(engine, node.arguments[0]);
            return;
          }
        },
        NewExpression(node) {
          const name = ctx.qualifiedName(node.callee) ?? '';
          if (/^(handlebars|hbs|express-handlebars)(\.handlebars)?(\.Utils)?\.SafeString$/.test(name) && node.arguments[0] && unescapedData(ctx, node.arguments[0])) {
            ctx.report(node, 'Unescaped template output: Handlebars.SafeString marks data as safe HTML without escaping it (escape the parts with Handlebars.escapeExpression)');
          }
        },
        Property(node, ancestors) {
          if (ancestors[ancestors.length - 1]?.type !== 'ObjectExpression') return;
          const key = propertyName(node);
          if (key === 'noEscape' && usesHandlebars && isTrueValue(node.value, ctx.constantValue)) {
            ctx.report(node, 'Unescaped template output: Handlebars noEscape: true turns off HTML escaping for every {{value}} in the templates');
          } else if (key === 'autoescape' && usesNunjucks && isFalseValue(node.value, ctx.constantValue)) {
            ctx.report(node, 'Unescaped template output: autoescape: false turns off HTML escaping for every {{ value }} in the templates');
          }
        },
        AssignmentExpression(node) {
          // env.opts.autoescape = false
          const left = unwrap(node.left);
          if (usesNunjucks && left.type === 'MemberExpression' && propertyName(left) === 'autoescape' && isFalseValue(node.right, ctx.constantValue)) {
            ctx.report(node, 'Unescaped template output: autoescape set to false turns off HTML escaping for every {{ value }} in the templates');
          }
        },
      };
    },
  },
};
