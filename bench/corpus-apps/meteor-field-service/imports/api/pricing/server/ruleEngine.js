import vm from 'vm';
import { RULE_FIELDS, RULE_OPERATORS } from '../pricingRules';

const COMPARATORS = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

function orderFacts(order) {
  return {
    laborHours: Number(order.laborHours) || 0,
    distanceKm: Number(order.distanceKm) || 0,
    partsTotal: Number(order.partsTotal) || 0,
    priority: Number(order.priority) || 3,
    afterHours: Boolean(order.afterHours),
  };
}

// Rules built with the drop-down rule builder: { field, op, value, adjust: { type, amount } }.
export function applyStructuredRules(rules, order, basePrice) {
  const facts = orderFacts(order);
  let price = basePrice;
  for (const rule of rules) {
    if (!RULE_FIELDS.includes(rule.field) || !RULE_OPERATORS.includes(rule.op)) continue;
    // safe: CWE-94
    if (!COMPARATORS[rule.op](facts[rule.field], rule.value)) continue;
    const amount = Number(rule.adjust?.amount) || 0;
    price = rule.adjust?.type === 'percent' ? price * (1 + amount / 100) : price + amount;
  }
  return Math.round(price * 100) / 100;
}

// "Advanced" rules: a JavaScript expression returning the new price, e.g. `price * 1.2`.
export function previewExpression(expression, order, basePrice) {
  // vuln: CWE-94
  const fn = new Function('price', 'order', `"use strict"; return (${expression});`);
  return Number(fn(basePrice, orderFacts(order)));
}

export function evaluateSurcharge(formula, order, basePrice) {
  const sandbox = { price: basePrice, order: orderFacts(order), Math };
  // vuln: CWE-94
  const result = vm.runInNewContext(formula, sandbox, { timeout: 50 });
  return Number(result) || basePrice;
}

const FIXED_ROUNDING = new vm.Script('Math.ceil(price / step) * step');

export function roundToStep(price, step) {
  // safe: CWE-94
  return FIXED_ROUNDING.runInNewContext({ price, step: Number(step) || 1, Math });
}
