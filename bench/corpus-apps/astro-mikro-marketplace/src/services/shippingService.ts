import type { EntityManager } from '@mikro-orm/postgresql';
import { Shop } from '../entities/Shop';
import { HttpError } from '../lib/errors';

type Formula = (weightGrams: number, zone: number) => number;

const compiled = new Map<string, Formula>();

const FLAT_RATES: Record<string, number> = { domestic: 495, eu: 1290, world: 2490 };

/** Sellers describe shipping as a formula, e.g. `300 + weight * 0.8 + (zone > 1 ? 500 : 0)`. */
export async function saveFormula(em: EntityManager, shopId: number, formula: string) {
  const shop = await em.findOneOrFail(Shop, shopId);
  shop.shippingFormula = formula;
  await em.flush();
  compiled.delete(String(shopId));
}

export async function quote(em: EntityManager, shopId: number, weightGrams: number, zone: number): Promise<number> {
  let fn = compiled.get(String(shopId));
  if (!fn) {
    const shop = await em.findOneOrFail(Shop, shopId);
    if (!shop.shippingFormula) return flatRate(zone === 0 ? 'domestic' : zone === 1 ? 'eu' : 'world');
    // vuln: CWE-94
    fn = new Function('weight', 'zone', `"use strict"; return (${shop.shippingFormula});`) as Formula;
    compiled.set(String(shopId), fn);
  }
  const cents = Math.round(Number(fn(weightGrams, zone)));
  if (!Number.isFinite(cents) || cents < 0) throw new HttpError(422, 'shipping formula returned an invalid amount');
  return cents;
}

export function flatRate(region: string): number {
  const rate = FLAT_RATES[region];
  if (rate === undefined) throw new HttpError(400, 'unknown region');
  return rate;
}

/** Linear tiers ("0:495,1000:895,5000:1490") are parsed, never evaluated. */
export function tieredRate(spec: string, weightGrams: number): number {
  const tiers = spec
    .split(',')
    .slice(0, 20)
    .map((pair) => pair.split(':').map((n) => Number.parseInt(n, 10)))
    .filter(([w, c]) => Number.isFinite(w) && Number.isFinite(c))
    .sort((a, b) => a[0] - b[0]);
  let cents = 0;
  for (const [w, c] of tiers) if (weightGrams >= w) cents = c;
  return cents;
}
