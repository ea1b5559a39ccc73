import type { CodeRule } from '../rule-api.js';
import { type Node, isFunction, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
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
