import type { CodeRule } from '../rule-api.js';
import { type Node, calleeProperty, unwrap } from '../frontend/js/ast.js';
import { expressApps, usesLocalMiddlewareNamed } from './_express-app.js';

/** Packages that set the browser security headers (CSP, X-Frame-Options, nosniff, HSTS). */
const HEADER_PACKAGES = /^(helmet|lusca|helmet-csp|frameguard|hsts|x-frame-options|dont-sniff-mimetype|express-csp-header|csp-header)(\/|$)/;
/** A file that writes these headers itself has its own equivalent of helmet. */
const HEADER_NAMES = /['"`](content-security-policy|x-frame-options|x-content-type-options|strict-transport-security)['"`]/i;

export const missingSecurityHeaders: CodeRule = {
  meta: {
    id: 'js/missing-security-headers',
    title: 'HTML-serving Express app without security headers',
    analyzer: 'code',
    severity: 'low',
    confidence: 'medium',
    cwe: [693, 200],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['config', 'headers', 'express', 'ai-common'],
    description: "An Express app renders views or serves static pages but sets none of the browser's security headers (no `helmet` or equivalent): no Content-Security-Policy to contain an XSS, no `X-Frame-Options`/`frame-ancestors` against clickjacking, no `X-Content-Type-Options: nosniff`, no HSTS, and `X-Powered-By: Express` announces the framework to scanners. Reported once, at the `express()` call of the app.",
    fix: "Add `helmet` as the first middleware: `app.use(helmet())` (it also removes `X-Powered-By`), then tune its Content-Security-Policy for the scripts and styles the pages load. Without helmet, at least `app.disable('x-powered-by')` and set the headers in one middleware.",
    examples: {
      bad: "const app = express();\napp.set('view engine', 'ejs');\napp.use(express.static('public'));",
      good: "const app = express();\napp.use(helmet());\napp.set('view engine', 'ejs');\napp.use(express.static('public'));",
    },
  },
  pattern: {
    create: (ctx) => ({
      Program() {
        if (!/express/.test(ctx.text) || HEADER_NAMES.test(ctx.text)) return;
        if ([...ctx.modules.specifiers].some((s) => HEADER_PACKAGES.test(s))) return;
        const apps = expressApps(ctx);
        for (const app of apps) {
          if (app.configuredElsewhere || usesLocalMiddlewareNamed(ctx, app, /secur|header|helmet|csp/i)) continue;
          // Only apps that serve pages: a JSON API gains little from CSP or frame options.
          const servesHtml = app.calls.some((c) => {
            const prop = calleeProperty(c);
            if (prop === 'set' && ctx.constantValue(c.arguments[0]) === 'view engine') return true;
            if (prop === 'engine') return true;
            return prop === 'use' && c.arguments.some((a: Node) => /^(express\.static|serve-static)$/.test(ctx.qualifiedName(unwrapCall(a)) ?? ''));
          }) || (apps.length === 1 && /\bres\.render\(/.test(ctx.text));
          if (!servesHtml) continue;
          const poweredByOff = app.calls.some((c) => {
            const prop = calleeProperty(c);
            const arg = ctx.constantValue(c.arguments[0]);
            return (prop === 'disable' && arg === 'x-powered-by') || (prop === 'set' && arg === 'x-powered-by' && ctx.constantValue(c.arguments[1]) === false);
          });
          ctx.report(app.created, `Express app serves HTML without security headers (no helmet or equivalent: no CSP, frame options, nosniff or HSTS)${poweredByOff ? '' : ", and X-Powered-By is left on"}`);
        }
      },
    }),
  },
};

/** `express.static('public')` → the `express.static` callee. */
function unwrapCall(node: Node): Node {
  const n = unwrap(node);
  return n.type === 'CallExpression' ? n.callee : n;
}
