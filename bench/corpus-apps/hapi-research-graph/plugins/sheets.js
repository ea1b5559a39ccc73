'use strict';

const vm = require('vm');

const BLOCKED = /\b(require|process|import|constructor|globalThis|Function)\b/;

function evaluateFormula(formula, cells) {
  if (BLOCKED.test(formula)) throw new Error('formula uses a blocked word');
  // vuln: CWE-94
  return vm.runInNewContext(formula, { ...cells, Math }, { timeout: 100 });
}

// Formulas the editor builds from a menu: a function name and cell references, nothing else.
const FUNCTIONS = { sum: (xs) => xs.reduce((a, b) => a + b, 0), mean: (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1), max: (xs) => Math.max(...xs) };

function evaluateMenuFormula(fn, refs, cells) {
  const f = FUNCTIONS[fn];
  if (typeof f !== 'function' || !Object.prototype.hasOwnProperty.call(FUNCTIONS, fn)) throw new Error('unknown function');
  const values = refs.filter((r) => /^[A-Z]{1,2}[0-9]{1,4}$/.test(r)).map((r) => Number(cells[r]) || 0);
  // safe: CWE-94
  return f(values);
}

module.exports = {
  name: 'sheets',
  register(server) {
    server.route({
      method: 'POST',
      path: '/sheets/evaluate',
      handler: (request, h) => {
        const { formula, cells } = request.payload;
        try {
          return { value: evaluateFormula(String(formula), cells || {}) };
        } catch (err) {
          return h.response({ error: 'formula failed' }).code(422);
        }
      },
    });

    server.route({
      method: 'POST',
      path: '/sheets/menu',
      handler: (request) => {
        const { fn, refs, cells } = request.payload;
        return { value: evaluateMenuFormula(String(fn), Array.isArray(refs) ? refs.map(String) : [], cells || {}) };
      },
    });
  },
};
