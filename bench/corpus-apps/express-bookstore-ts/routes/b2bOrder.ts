import vm from 'vm';
import type { Request, Response, NextFunction } from 'express';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const safeEval = require('notevil');

export function b2bOrder() {
  return ({ body }: Request, res: Response, next: NextFunction) => {
    const orderLinesData = body.orderLinesData || '';
    try {
      const sandbox = { safeEval, orderLinesData };
      vm.createContext(sandbox);
      // vuln: CWE-94
      vm.runInContext('safeEval(orderLinesData)', sandbox, { timeout: 2000 });
      res.json({ cid: body.cid, orderNo: `${Date.now()}`, paymentDue: dateTwoWeeksFromNow() });
    } catch (err) {
      next(err);
    }
  };
}

export function b2bOrderLines() {
  return ({ body }: Request, res: Response) => {
    let lines: unknown;
    try {
      // safe: CWE-94
      lines = JSON.parse(String(body.orderLinesData || '[]'));
    } catch {
      return res.status(400).json({ error: 'orderLinesData must be JSON' });
    }
    return res.json({ count: Array.isArray(lines) ? lines.length : 0 });
  };
}

function dateTwoWeeksFromNow() {
  return new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString();
}
