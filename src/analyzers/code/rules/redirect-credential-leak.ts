import type { CodeRule } from '../rule-api.js';
import { type Node, calleeProperty, isFunction, memberPath, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';

/** A module that names a credential header decides what to drop on a redirect (or sets them itself knowingly). */
const CREDENTIAL_HEADER = /authorization|cookie/i;

/** `res.headers.location`, `res.headers['location']`, `response.headers.get('location')`: a redirect's target. */
function readsLocation(node: Node): boolean {
  if (node.type === 'MemberExpression') {
    const object = unwrap(node.object);
    return /^location$/i.test(propertyName(node) ?? '') && object.type === 'MemberExpression' && propertyName(object) === 'headers';
  }
  if (node.type === 'CallExpression' && calleeProperty(node) === 'get' && /^location$/i.test(stringValue(node.arguments[0]) ?? '')) {
    const receiver = unwrap(node.callee).object;
    return !!receiver && propertyName(unwrap(receiver)) === 'headers';
  }
  return false;
}

/** Another object's `headers`, copied whole: `{ ...previous.headers }`, `Object.assign({}, opts.headers)`. */
function copiedHeaders(node: Node): Node | undefined {
  if (node.type === 'ObjectExpression') {
    const spread = node.properties.find((p: Node) => p.type === 'SpreadElement' && isHeadersOf(unwrap(p.argument)));
    return spread ? node : undefined;
  }
  if (node.type === 'CallExpression' && memberPath(unwrap(node.callee)) === 'Object.assign' && node.arguments.slice(1).some((a: Node) => isHeadersOf(unwrap(a)))) return node;
  return undefined;
}

const isHeadersOf = (n: Node) => n.type === 'MemberExpression' && propertyName(n) === 'headers' && !readsResponse(n);
/** `res.headers` / `response.headers`: the redirect response's own headers, not the request's. */
const readsResponse = (n: Node) => /^(res|resp|response|incoming)$/i.test(memberPath(unwrap(n.object)) ?? '');

/** A call that stops a request it does not like (`assertAllowed(url)`, `checkHost(url)`): on its own as a statement, it throws. */
const URL_CHECK = /^(assert|check|ensure|validate|verify|enforce)[A-Z]\w*$|^(assert|check|ensure|validate|verify)$/;
const LOOPS = new Set(['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * The request whose `headers` option is `at` goes to a URL that a throwing check (`assertAllowed(current)`)
 * passed earlier in the same hop: every hop, redirects included, is held to the caller's allow-list,
 * so the headers reach only hosts it allows, not whatever host the Location names.
 */
function hopChecked(fn: Node, at: Node): boolean {
  let request: Node | undefined;
  let loop: Node | undefined;
  walk(fn.body, [{
    CallExpression(c, ancestors) {
      if (request || !c.arguments.some((a: Node) => a.start <= at.start && at.end <= a.end)) return;
      request = c;
      loop = [...ancestors].reverse().find((a) => LOOPS.has(a.type));
    },
  }]);
  // The URL as a variable, or a field of one (`target.href` of `const target = assertAllowed(current)`).
  let url = request?.arguments[0] && unwrap(request.arguments[0]);
  while (url?.type === 'MemberExpression') url = unwrap(url.object);
  if (!request || url?.type !== 'Identifier') return false;
  let checked = false;
  walk(loop ?? fn.body, [{
    CallExpression(c, ancestors) {
      const parent = ancestors[ancestors.length - 1];
      const returnsChecked = parent?.type === 'VariableDeclarator' && parent.init === c && parent.id.type === 'Identifier' && parent.id.name === url.name;
      if (checked || c.start >= request!.start || (parent?.type !== 'ExpressionStatement' && !returnsChecked)) return;
      const callee = unwrap(c.callee);
      const name = callee.type === 'Identifier' ? callee.name : propertyName(callee) ?? '';
      // (Inside the same loop as the request, or in a function with none: not a check made once before a loop of hops.)
      const inner = [...ancestors].reverse().find((a) => LOOPS.has(a.type));
      if (inner !== loop) return;
      if (URL_CHECK.test(name) && (returnsChecked || c.arguments.some((a: Node) => unwrap(a).type === 'Identifier' && unwrap(a).name === url.name))) checked = true;
    },
  }]);
  return checked;
}

export const redirectCredentialLeak: CodeRule = {
  meta: {
    id: 'js/redirect-credential-leak',
    title: 'Credentials forwarded to another host on a redirect',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'medium',
    cwe: [200],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['http-client', 'credentials', 'library'],
    description:
      "Code that follows a redirect builds the next request from the previous request's headers, copied whole, and never drops `Authorization`, `Cookie` or `Proxy-Authorization`. A server (or anyone who can make it redirect, such as an open redirect on the first host) sends `Location: https://attacker.example/` and receives the caller's credentials. This is the shape of the cookie and authorization leaks fixed in follow-redirects, node-fetch and undici.",
    fix: "When the redirect target's origin differs from the original request's (`new URL(location, previous).origin !== new URL(previous).origin`, which also catches an https → http downgrade), delete `authorization`, `cookie` and `proxy-authorization` (compare header names case-insensitively) before sending; or copy only an allowlist of headers.",
    examples: {
      bad: "function nextRequest(previous, response) {\n  const target = new URL(response.headers.location, previous.url);\n  return { ...previous, url: target.href, headers: { ...previous.headers } };\n}",
      good: "const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];\nfunction nextRequest(previous, response) {\n  const target = new URL(response.headers.location, previous.url);\n  const headers = { ...previous.headers };\n  if (target.origin !== new URL(previous.url).origin) for (const h of CREDENTIALS) delete headers[h];\n  return { ...previous, url: target.href, headers };\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!/location/i.test(ctx.text) || !/headers/.test(ctx.text) || CREDENTIAL_HEADER.test(ctx.text)) return {};
      const checked = new Set<Node>();
      const reported = new Set<Node>();
      const check = (fn: Node) => {
        if (checked.has(fn)) return;
        checked.add(fn);
        let redirect = false;
        const copies: Node[] = [];
        /** Names the copy is kept under (`const headers = { ...previous.headers }`). */
        const names = new Set<string>();
        walk(fn.body, [
          {
            MemberExpression(n) {
              if (readsLocation(n)) redirect = true;
            },
            CallExpression(n) {
              if (readsLocation(n)) redirect = true;
              if (copiedHeaders(n)) copies.push(n);
            },
            ObjectExpression(n) {
              if (copiedHeaders(n)) copies.push(n);
            },
            VariableDeclarator(n) {
              if (n.id.type === 'Identifier' && n.init && copiedHeaders(unwrap(n.init))) names.add(n.id.name);
            },
          },
        ]);
        if (!redirect || copies.length === 0) return;
        // Reported where the copy becomes the next request's `headers` option, else at the copy.
        let at: Node | undefined;
        walk(fn.body, [
          {
            Property(p) {
              if (at || propertyName(p) !== 'headers') return;
              const v = unwrap(p.value);
              if (copies.includes(v) || (v.type === 'Identifier' && names.has(v.name))) at = p;
            },
          },
        ]);
        const where = at ?? copies[0]!;
        if (at && hopChecked(fn, at)) return;
        // (A nested function is checked inside its outer one too.)
        if (reported.has(where)) return;
        reported.add(where);
        ctx.report(where, "Redirect followed with the previous request's headers copied whole: Authorization and Cookie go to whatever host the Location names (drop them when the origin changes)");
      };
      const visit = (node: Node) => {
        if (isFunction(node) && node.body) check(node);
      };
      return { FunctionDeclaration: visit, FunctionExpression: visit, ArrowFunctionExpression: visit };
    },
  },
};
