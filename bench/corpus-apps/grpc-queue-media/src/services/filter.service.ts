import vm from 'node:vm';
import { invalid } from '../grpc/errors';

export interface FilterSubject {
  id: string;
  title: string;
  status: string;
  durationMs: number;
  territory?: string;
  tags?: string[];
}

export interface Rule {
  field: 'title' | 'status' | 'durationMs' | 'territory' | 'tags';
  op: 'eq' | 'neq' | 'gt' | 'lt' | 'contains';
  value: string;
}

const OPS: Record<Rule['op'], (actual: unknown, expected: string) => boolean> = {
  eq: (a, e) => String(a) === e,
  neq: (a, e) => String(a) !== e,
  gt: (a, e) => Number(a) > Number(e),
  lt: (a, e) => Number(a) < Number(e),
  contains: (a, e) => (Array.isArray(a) ? a.map(String).includes(e) : String(a ?? '').includes(e)),
};

export class FilterService {
  /**
   * Partner delivery filters are small JavaScript expressions over `asset`, e.g.
   * `asset.durationMs > 60000 && asset.tags.includes('hd')`.
   */
  evaluate(expression: string, asset: FilterSubject): boolean {
    if (!expression.trim()) return true;
    if (expression.length > 1000) throw invalid('filter expression too long');
    const sandbox = { asset: { ...asset }, now: Date.now() };
    // vuln: CWE-94
    return Boolean(vm.runInNewContext(expression, sandbox, { timeout: 50, displayErrors: false }));
  }

  /** Structured rules (the newer API): every rule must match. */
  matchesRules(rules: Rule[], asset: FilterSubject): boolean {
    return rules.every((rule) => {
      const op = Object.prototype.hasOwnProperty.call(OPS, rule.op) ? OPS[rule.op] : undefined;
      if (!op) return false;
      const actual = Object.prototype.hasOwnProperty.call(asset, rule.field) ? asset[rule.field] : undefined;
      // safe: CWE-94
      return op(actual, rule.value);
    });
  }

  isValidRule(rule: { field: string; op: string }): boolean {
    return ['title', 'status', 'durationMs', 'territory', 'tags'].includes(rule.field) && rule.op in OPS;
  }
}

export const filterService = new FilterService();
