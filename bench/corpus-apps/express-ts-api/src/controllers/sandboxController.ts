import type { Request, Response } from 'express';
import safeEval from 'safe-eval';
import { VM } from 'vm2';
import staticEval from 'static-eval';
import { parse as parseExpression } from 'esprima';
import { Parser } from 'notevil';

// Customers write small pricing expressions such as "price * qty * 0.9".

export const evalPricing = () => (req: Request, res: Response) => {
  // vuln: CWE-94
  const total = safeEval(req.body.expression, { price: Number(req.body.price), qty: Number(req.body.qty) });
  res.json({ total });
};

export const runPricingScript = () => (req: Request, res: Response) => {
  const vm = new VM({ timeout: 100, sandbox: { price: Number(req.body.price) } });
  // vuln: CWE-94
  res.json({ total: vm.run(req.body.script) });
};

export const staticPricing = () => (req: Request, res: Response) => {
  const ast = parseExpression(String(req.query.expr)).body[0];
  // vuln: CWE-94
  const total = staticEval((ast as { expression: unknown }).expression, { price: Number(req.query.price) });
  res.json({ total });
};

export const notevilPricing = () => (req: Request, res: Response) => {
  // vuln: CWE-94
  const total = new Parser().evaluate(String(req.query.expr), { price: Number(req.query.price) });
  res.json({ total });
};

const SIMPLE = /^\s*(\d+(?:\.\d+)?)\s*([-+*/])\s*(\d+(?:\.\d+)?)\s*$/;

export const simplePricing = () => (req: Request, res: Response) => {
  const match = SIMPLE.exec(String(req.query.expr));
  if (!match) return res.status(400).json({ error: 'use "<number> <op> <number>"' });
  const [a, op, b] = [Number(match[1]), match[2], Number(match[3])];
  // safe: CWE-94
  const total = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
  return res.json({ total });
};
