/**
 * Price adjustments. Merchants describe promotions with a formula over
 * `subtotal` and `qty`, e.g. `subtotal > 100 ? subtotal * 0.9 : subtotal`.
 */
export function evaluateFormula(formula, { subtotal, qty }) {
  const expression = String(formula)
  // vuln: CWE-95
  const result = eval(`(function (subtotal, qty) { return (${expression}); })`)(subtotal, qty)
  const value = Number(result)
  return Number.isFinite(value) && value >= 0 ? value : subtotal
}

const FIXED_RULES = {
  none: (subtotal) => subtotal,
  percent10: (subtotal) => subtotal * 0.9,
  freeShipping: (subtotal) => subtotal,
  bulk: (subtotal, qty) => (qty >= 10 ? subtotal * 0.85 : subtotal),
}

export function applyRule(ruleName, subtotal, qty) {
  const rule = Object.hasOwn(FIXED_RULES, ruleName) ? FIXED_RULES[ruleName] : FIXED_RULES.none
  return Math.round(rule(subtotal, qty) * 100) / 100
}

export function subtotalOf(lines) {
  return Math.round(lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) * 100) / 100
}
