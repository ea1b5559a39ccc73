import type { Request, Response, NextFunction } from 'express';
import { isRedirectAllowed } from '../lib/insecurity';

export function performRedirect() {
  return ({ query }: Request, res: Response, next: NextFunction) => {
    const toUrl = String(query.to);
    if (isRedirectAllowed(toUrl)) {
      // vuln: CWE-601
      res.redirect(toUrl);
    } else {
      res.status(406);
      next(new Error('Unrecognized target URL for redirect'));
    }
  };
}

const SHOP_ORIGIN = 'https://www.acme-books.example';

export function continueShopping() {
  return (req: Request, res: Response) => {
    let target: URL;
    try {
      target = new URL(String(req.query.next), SHOP_ORIGIN);
    } catch {
      return res.redirect('/');
    }
    if (target.origin !== SHOP_ORIGIN) return res.redirect('/');
    // safe: CWE-601
    return res.redirect(target.href);
  };
}
