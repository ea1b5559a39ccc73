import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const { search, orderBy } = req.query;
    // ruleid: js/sql-injection
    const users = await prisma.$queryRawUnsafe(`SELECT id, name FROM "User" WHERE name ILIKE '%${search}%' ORDER BY ${orderBy}`);
    return res.status(200).json(users);
  }

  if (req.method === 'DELETE') {
    const id = req.query.id as string;
    // ruleid: js/sql-injection
    await prisma.$executeRawUnsafe('DELETE FROM "User" WHERE id = ' + id);
    return res.status(204).end();
  }

  if (req.method === 'PUT') {
    const { id, name } = req.body;
    // ok: js/sql-injection
    await prisma.$executeRaw`UPDATE "User" SET name = ${name} WHERE id = ${id}`;
    return res.status(204).end();
  }

  res.setHeader('Allow', ['GET', 'DELETE', 'PUT']);
  res.status(405).end(`Method ${req.method} Not Allowed`);
}
