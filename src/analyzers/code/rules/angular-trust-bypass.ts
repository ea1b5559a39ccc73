import type { CodeRule } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { unwrap } from '../frontend/js/ast.js';
import { describeFlow } from './_taint-message.js';

/** Calls that leave HTML safe to insert (DOMPurify and friends, escapers). */
const CLEANS = /(^|\.)(sanitize|purify|escape\w*|encode\w*|sanitizeHtml|filterXSS|xss)$/i;

/** Content the bypass trusts as markup, script or style (URLs are judged by taint alone: their checks are not visible here). */
const CONTENT_BYPASS = /(^|\.)bypassSecurityTrust(Html|Script|Style)$/;

export const angularTrustBypass: CodeRule = {
  meta: {
    id: 'js/angular-trust-bypass',
    title: 'Angular DomSanitizer bypass on untrusted data',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021-Injection',
    tags: ['xss', 'injection', 'angular'],
    description: 'Angular sanitises every value bound to `[innerHTML]`, `[href]`, `[src]` and `[style]` — unless the component marks it as trusted with `DomSanitizer.bypassSecurityTrustHtml/Script/Style/Url/ResourceUrl`. A value from the URL (`ActivatedRoute` query or path parameters, fragment), from `postMessage`, or content other users wrote (an API response) marked as trusted is inserted as it is: its `<img onerror>`, `<script>` or `javascript:` URL runs in the page. Flows from URL parameters are reported with high confidence; HTML from other data (API responses, inputs) with medium confidence.',
    fix: 'Do not bypass: bind the plain value to `[innerHTML]` and let Angular sanitise it, or sanitise it yourself first (`DOMPurify.sanitize(html)`). For embedded URLs, parse the value with `new URL()` and allow only `https:` with an exact host list before `bypassSecurityTrustResourceUrl`, or build the URL from a constant origin.',
    examples: {
      bad: "ngOnInit() {\n  this.route.queryParamMap.subscribe((p) => {\n    this.welcome = this.sanitizer.bypassSecurityTrustHtml(`<p>${p.get('msg')}</p>`);\n  });\n}",
      good: "ngOnInit() {\n  this.route.queryParamMap.subscribe((p) => {\n    this.welcome = p.get('msg') ?? ''; // template: <p [innerHTML]=\"welcome\"></p> is sanitised\n  });\n}",
    },
  },
  taint: {
    kinds: ['xss'],
    accept: (flow) => flow.sink.framework === 'angular',
    message: (flow) => `XSS: ${describeFlow(flow)}, so Angular inserts it without sanitising`,
  },
  pattern: {
    // Content whose origin we cannot see (an API response, an @Input) is still another user's
    // content more often than not: medium confidence.
    create: (ctx) => ({
      CallExpression(node) {
        const name = ctx.qualifiedName(node.callee) ?? '';
        if (!CONTENT_BYPASS.test(name) || !node.arguments[0]) return;
        if (dynamic(ctx, node.arguments[0])) {
          ctx.report(node, `XSS: ${name.split('.').pop()}() trusts HTML built from dynamic data without sanitising it (sanitise with DOMPurify or let Angular sanitise the binding)`, { severity: 'medium', confidence: 'medium' });
        }
      },
    }),
  },
};

function dynamic(ctx: { qualifiedName(n: Node): string | undefined; constantValue(n: Node | undefined): unknown }, node: Node): boolean {
  const n = unwrap(node);
  if (ctx.constantValue(n) !== undefined || n.type === 'Literal') return false;
  if (n.type === 'CallExpression') return !CLEANS.test(ctx.qualifiedName(n.callee) ?? '');
  if (n.type === 'TemplateLiteral') return n.expressions.some((e: Node) => dynamic(ctx, e));
  if (n.type === 'BinaryExpression' && n.operator === '+') return dynamic(ctx, n.left) || dynamic(ctx, n.right);
  if (n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') return dynamic(ctx, n.consequent ?? n.left) || dynamic(ctx, n.alternate ?? n.right);
  return n.type === 'MemberExpression' || n.type === 'ChainExpression';
}
