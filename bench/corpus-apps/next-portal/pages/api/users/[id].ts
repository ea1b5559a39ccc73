import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query;
  if (req.method === 'GET') {
    // vuln: CWE-89
    const rows = await prisma.$queryRawUnsafe(`SELECT id, name, email FROM "User" WHERE id = ${id}`);
    return res.status(200).json(rows);
  }
  if (req.method === 'DELETE') {
    // safe: CWE-89
    await prisma.$executeRaw`DELETE FROM "User" WHERE id = ${Number(id)}`;
    return res.status(204).end();
  }
  return res.status(405).end();
}
