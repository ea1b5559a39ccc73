import type { Request, Response } from 'express';
import vm from 'vm';
import * as math from 'mathjs';

// Price calculators configured per customer in the admin UI.

export function previewFormula(req: Request, res: Response) {
  const expr = String(req.query.expr);
  // vuln: CWE-94
  const value = math.eval(expr, { price: 100, qty: 3 });
  res.json({ value });
}

export function applyDiscount(req: Request, res: Response) {
  const { formula, price, qty } = req.body;
  const context = vm.createContext({ price: Number(price), qty: Number(qty) });
  // vuln: CWE-94
  const total = vm.runInContext(formula, context, { timeout: 50 });
  res.json({ total });
}

export function compileRule(req: Request, res: Response) {
  // vuln: CWE-94
  const rule = new Function('price', 'qty', `return (${req.body.rule});`);
  res.json({ sample: rule(100, 2) });
}

const OPS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};

export function simpleCalc(req: Request, res: Response) {
  const op = OPS[String(req.query.op)];
  if (!op) return res.status(400).json({ error: 'unknown op' });
  // safe: CWE-94
  return res.json({ value: op(Number(req.query.a), Number(req.query.b)) });
}

export function fixedFormula(req: Request, res: Response) {
  const script = new vm.Script('price * qty * (1 - discount)');
  // safe: CWE-94
  const total = script.runInNewContext({ price: Number(req.query.price), qty: Number(req.query.qty), discount: 0.1 });
  res.json({ total });
}
