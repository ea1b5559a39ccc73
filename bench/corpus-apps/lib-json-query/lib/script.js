import vm from 'node:vm';

/**
 * Rewrites the JSONPath shorthands of a filter or script expression into sandbox names:
 * `@` is the current value, `@path` / `@property` / `@parent` its location, `$` the root.
 * @param {string} expr
 * @returns {string}
 */
export function rewrite(expr) {
  return String(expr)
    .replace(/@parentProperty\b/g, '_$_parentProperty')
    .replace(/@parent\b/g, '_$_parent')
    .replace(/@property\b/g, '_$_property')
    .replace(/@path\b/g, '_$_path')
    .replace(/@/g, '_$_v');
}

/**
 * Evaluates one filter (`?(…)`) or script (`(…)`) expression for one node.
 * @param {string} expr        the expression text from the JSONPath
 * @param {{ value: unknown, parent: unknown, property: string|number, path: (string|number)[], root: unknown }} node
 * @param {Required<import('./options.js').QueryOptions>} options
 * @returns {unknown}
 */
export function evaluate(expr, node, options) {
  const sandbox = {
    ...options.sandbox,
    $: node.root,
    _$_v: node.value,
    _$_parent: node.parent,
    _$_property: node.property,
    _$_path: '$' + node.path.map((k) => `[${JSON.stringify(k)}]`).join(''),
  };
  const code = rewrite(expr);
  // vuln: CWE-94
  return vm.runInNewContext(code, sandbox, { timeout: options.timeout });
}
