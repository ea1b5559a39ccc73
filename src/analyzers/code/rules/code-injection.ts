import type { CodeRule } from '../rule-api.js';
import { type Node, calleeProperty, functionName, isFunction, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { describeFlow } from './_taint-message.js';

/** Cheap pre-filter: an interpreter of JavaScript syntax trees names both node types. */
const EVALUATOR_GATE = /['"]CallExpression['"][\s\S]*['"]MemberExpression['"]|['"]MemberExpression['"][\s\S]*['"]CallExpression['"]/;
/** What a walker that keeps expressions away from `Function` refuses somewhere: the keys that reach it, or the constructor itself. */
const PROTOTYPE_KEY = /^(constructor|__proto__|prototype)$/;

/**
 * An evaluator of parsed JavaScript (`switch (node.type) { case 'MemberExpression': … case
 * 'CallExpression': … }`) that calls whatever function the expression reached: with member reads
 * that follow the prototype chain, `x.constructor.constructor('return process')()` reaches and
 * calls `Function` (static-eval, safe-eval, expr-eval escapes). Without any mention of the keys
 * that lead there (`constructor`, `__proto__`, `prototype`) or of `Function`, nothing refuses them.
 * Returns the calls that run the reached function.
 */
function unguardedEvaluatorCalls(program: Node): Node[] {
  let guarded = false;
  const calls: Node[] = [];
  walk(program, [{
    Literal(l) { if (typeof l.value === 'string' && PROTOTYPE_KEY.test(l.value)) guarded = true; },
    Identifier(id, ancestors) {
      const parent = ancestors[ancestors.length - 1];
      if (id.name === 'Function' && parent?.type === 'BinaryExpression' && /^[!=]==?$/.test(parent.operator)) guarded = true;
    },
    SwitchCase(c) {
      if (stringValue(c.test) !== 'CallExpression') return;
      // Locals of the case (`let fn; … fn = ref.value`): the function value the evaluation reached.
      const locals = new Set<string>();
      for (const stmt of c.consequent) walk(stmt, [{ VariableDeclarator(d) { if (d.id.type === 'Identifier') locals.add(d.id.name); } }]);
      for (const stmt of c.consequent) {
        walk(stmt, [{
          CallExpression(call, up) {
            if (up.some((a) => isFunction(a))) return;
            const callee = unwrap(call.callee);
            // fn.apply(thisArg, args) / fn.call(…) / fn(...args) with `fn` a local holding what was reached.
            const target = callee.type === 'MemberExpression' && /^(apply|call)$/.test(propertyName(callee) ?? '') ? unwrap(callee.object) : callee;
            if (target.type === 'Identifier' && locals.has(target.name)) calls.push(call);
          },
        }]);
      }
    },
  }]);
  return guarded ? [] : calls;
}

/** A runtime that calls what a path reached: `typeof value === 'function'` and then `value.apply(…)` / `value.call(…)`. */
const CALLS_REACHED = /typeof\s+([\w$]+)\s*===?\s*['"]function['"][\s\S]{0,300}?\b\1\s*\.\s*(?:apply|call)\s*\(/;
const LOOP = /^(ForOfStatement|ForInStatement|ForStatement|WhileStatement|DoWhileStatement)$/;

/** `return a[b]` with `a` and `b` both parameters of `fn`: a property read the caller steers entirely. */
function bareParamRead(fn: Node, ret: Node): boolean {
  const arg = ret.argument && unwrap(ret.argument);
  if (!arg || arg.type !== 'MemberExpression' || !arg.computed) return false;
  const params = new Set<string>(fn.params.filter((p: Node) => p.type === 'Identifier').map((p: Node) => p.name as string));
  const obj = unwrap(arg.object);
  const key = unwrap(arg.property);
  return obj.type === 'Identifier' && key.type === 'Identifier' && obj.name !== key.name && params.has(obj.name) && params.has(key.name);
}

/** Whether `fn` checks own properties somewhere (`hasOwnProperty`, `Object.hasOwn`, a `hasOwn` helper, `key in obj`). */
function checksOwn(fn: Node): boolean {
  let found = false;
  walk(fn.body, [{
    CallExpression(c) { if (/^hasOwn(Property)?$/.test(calleeProperty(c) ?? '')) found = true; },
    BinaryExpression(b) { if (b.operator === 'in') found = true; },
  }]);
  return found;
}

/**
 * Template runtimes whose path lookups read any property (Handlebars CVE-2019-19919 /
 * CVE-2021-23383, CVE-2019-20920 shapes): a template path `constructor.constructor` reaches
 * `Function`, which the runtime then calls as a helper or context lambda. Two forms:
 * - a Handlebars-style helper (`registerHelper(name, function (obj, field) { return obj[field]; })`):
 *   the template author picks both the object and the key;
 * - the runtime's property accessor (`lookupProperty(parent, name) { return parent[name]; }`) that
 *   a loop over a path's parts applies (`value = lookup(value, part)`), in a file that calls what a
 *   path reached (`typeof value === 'function'` → `value.apply(…)`).
 * Nothing is reported when the accessor checks own properties or the file refuses the keys that
 * lead to `Function` (`constructor`, `__proto__`, `prototype`).
 */
function unguardedTemplateLookups(program: Node, text: string): Node[] {
  let guarded = false;
  const found: Node[] = [];
  const accessors: Array<{ name: string; read: Node }> = [];
  const steppedNames = new Set<string>();
  const visitFn = (fn: Node, ancestors: readonly Node[]) => {
    if (fn.body?.type !== 'BlockStatement' || fn.params.length < 2) return;
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === 'CallExpression' && calleeProperty(parent) === 'registerHelper' && parent.arguments[1] === fn) {
      if (checksOwn(fn)) return;
      walk(fn.body, [{
        ReturnStatement(r, up) {
          if (up.some((a) => isFunction(a))) return;
          if (bareParamRead(fn, r)) found.push(r);
        },
      }]);
      return;
    }
    const body = fn.body.body;
    if (body.length !== 1 || body[0].type !== 'ReturnStatement' || !bareParamRead(fn, body[0])) return;
    // A class method's key is on the MethodDefinition one level above its FunctionExpression.
    const name = functionName(fn, parent);
    if (name) accessors.push({ name: name.replace(/^.*\./, ''), read: body[0] });
  };
  walk(program, [{
    Literal(l) { if (typeof l.value === 'string' && PROTOTYPE_KEY.test(l.value)) guarded = true; },
    FunctionDeclaration: visitFn,
    FunctionExpression: visitFn,
    // `value = lookup(value, part)` inside a loop: a path walked one part at a time.
    AssignmentExpression(a, up) {
      if (a.left.type !== 'Identifier' || !up.some((n) => LOOP.test(n.type))) return;
      const right = unwrap(a.right);
      if (right.type !== 'CallExpression' || right.arguments.length < 2) return;
      const first = unwrap(right.arguments[0]);
      const name = calleeProperty(right);
      if (name && first.type === 'Identifier' && first.name === a.left.name) steppedNames.add(name);
    },
  }]);
  if (guarded) return found;
  if (CALLS_REACHED.test(text)) for (const { name, read } of accessors) if (steppedNames.has(name)) found.push(read);
  return found;
}

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
  pattern: {
    create: (ctx) => {
      for (const read of /\bregisterHelper\b|\btypeof\b/.test(ctx.text) ? unguardedTemplateLookups(ctx.program, ctx.text) : []) {
        ctx.report(read, 'Code injection: this template lookup returns any property the template names, inherited ones included, so a path like `constructor.constructor` reaches `Function`, which helpers and context lambdas then call with template-chosen arguments; read own properties only (`Object.prototype.hasOwnProperty.call(obj, key)`) and refuse `constructor`, `__proto__` and `prototype`');
      }
      if (!EVALUATOR_GATE.test(ctx.text) || !/\bswitch\b/.test(ctx.text)) return {};
      for (const call of unguardedEvaluatorCalls(ctx.program)) {
        ctx.report(call, "Code injection: this expression evaluator calls whatever function the expression reached, and nothing stops a member read from following the prototype chain to `Function` (`x.constructor.constructor('return process')()`): the expression runs arbitrary code");
      }
      return {};
    },
  },
  taint: {
    kinds: ['code'],
    // A template engine's template source is js/template-injection.
    accept: (flow) => !flow.sink.template,
    message: (flow) => `Code injection: ${describeFlow(flow)}, which evaluates it as code`,
  },
};
