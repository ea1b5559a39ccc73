import type { NextApiRequest, NextApiResponse } from 'next';

const TRUSTED = new Set(['https://example.com', 'https://blog.example.com']);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const dest = req.query.dest as string;
  if (req.query.mode === 'strict') {
    const origin = (() => {
      try {
        return new URL(dest).origin;
      } catch {
        return '';
      }
    })();
    // ok: js/open-redirect
    return res.redirect(302, TRUSTED.has(origin) ? dest : '/');
  }
  // ruleid: js/open-redirect
  res.redirect(307, dest);
}
