/**
 * js/plain-http-server is a project-level rule: the server is created in one file
 * (`http.createServer(app)` in `bin/www`) and the login route declared in another. It reuses the
 * auth routes js/missing-rate-limit publishes, and reports per package.
 */
import type { RuleMeta } from '../../../findings/rule.js';
import type { Location } from '../../../findings/finding.js';
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, objectProperty, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { redactSnippet } from '../../../findings/redact.js';

export const plainHttpServerMeta: RuleMeta = {
  id: 'js/plain-http-server',
  title: 'Login served over plain HTTP',
  analyzer: 'code',
  severity: 'low',
  confidence: 'low',
  cwe: [319],
  owasp: 'A02:2021-Cryptographic Failures',
  tags: ['config', 'tls', 'auth'],
  description: "The app has login routes but its server is created with `http.createServer` and the package neither creates an HTTPS server nor says it runs behind a TLS-terminating proxy (`app.set('trust proxy', …)`, Fastify `trustProxy`, Koa `app.proxy`). If it is reachable directly, passwords and session cookies cross the network in clear text. Low severity: most deployments terminate TLS in front of the app — say so in the code, or suppress with a reason.",
  fix: "Terminate TLS in front of the app (load balancer, reverse proxy) and tell the framework so (`app.set('trust proxy', 1)`), which also lets `secure` cookies work; or serve HTTPS directly with `https.createServer({ key, cert }, app)`. Add HSTS (`helmet`) once HTTPS is in place.",
  examples: {
    bad: "const server = http.createServer(app);\nserver.listen(80);",
    good: "app.set('trust proxy', 1); // TLS ends at the load balancer\nconst server = http.createServer(app);\nserver.listen(8080);",
  },
};

export interface HttpServerFacts {
  plainHttp?: {
    servers?: { location: Location; snippet?: string; suppression?: { reason: string; line: number } }[];
    /** The package says TLS is handled: an HTTPS server, or a trusted proxy in front. */
    tls?: boolean;
  };
}

export function collectHttpServerFacts(ctx: CodeRuleContext): HttpServerFacts {
  if (!/createServer|createSecureServer|trust proxy|trustProxy|\.proxy\s*=/.test(ctx.text)) return {};
  const facts: NonNullable<HttpServerFacts['plainHttp']> = {};
  let lines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  walk(ctx.program, [{
    CallExpression(node: Node) {
      const name = ctx.qualifiedName(node.callee) ?? '';
      if (/^(https|http2|spdy)\.(createServer|createSecureServer)$/.test(name)) facts.tls = true;
      const prop = calleeProperty(node);
      if ((prop === 'set' || prop === 'enable') && ctx.constantValue(node.arguments[0]) === 'trust proxy') facts.tls = true;
      if (/^(fastify)$/.test(name) && objectProperty(node.arguments[0], 'trustProxy')) facts.tls = true;
      if (/^fastify$/.test(name) && objectProperty(node.arguments[0], 'https')) facts.tls = true;
      if (name !== 'http.createServer') return;
      const location: Location = {
        path: ctx.path,
        startLine: ctx.lines.line(node.start),
        startColumn: ctx.lines.column(node.start),
        endLine: ctx.lines.line(node.start),
        endColumn: ctx.lines.column(node.start) + 1,
      };
      lines ??= ctx.text.split(/\r?\n/);
      const fact: { location: Location; snippet?: string; suppression?: { reason: string; line: number } } = { location, snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
      const sup = suppressionFor((sups ??= parseSuppressions(lines)), plainHttpServerMeta.id, location.startLine);
      if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
      (facts.servers ??= []).push(fact);
    },
    // Koa: app.proxy = true
    AssignmentExpression(node: Node) {
      const left = unwrap(node.left);
      if (left.type === 'MemberExpression' && propertyName(left) === 'proxy' && ctx.constantValue(node.right) === true) facts.tls = true;
    },
  }]);
  return Object.keys(facts).length ? { plainHttp: facts } : {};
}
