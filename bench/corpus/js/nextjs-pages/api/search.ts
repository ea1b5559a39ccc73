import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const term = String(req.query.term ?? '');
  try {
    // ok: js/sql-injection
    const posts = await prisma.$queryRaw`SELECT id, title FROM "Post" WHERE title ILIKE ${'%' + term + '%'} LIMIT 20`;
    // ok: js/sql-injection
    const count = await prisma.post.count({ where: { title: { contains: term } } });
    res.status(200).json({ posts, count });
  } catch (error: any) {
    // ruleid: js/stack-trace-exposure
    res.status(500).json({ error: error.message, stack: error.stack });
  }
}
