import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../lib/db';
import { prisma } from '../../lib/prisma';

export default async function orders(req: NextApiRequest, res: NextApiResponse) {
  const status = String(req.query.status ?? 'open');
  const customer = String(req.query.customer ?? '');
  if (req.query.v === '2') {
    // safe: CWE-89
    const rows = await prisma.$queryRaw`SELECT * FROM orders WHERE status = ${status} AND customer_id = ${customer}`;
    return res.json(rows);
  }
  // vuln: CWE-89
  const { rows } = await db.query(`SELECT * FROM orders WHERE status = '${status}' AND customer_id = '${customer}'`);
  return res.json(rows);
}
