import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@prisma/client';

const COLUMNS = 'id, title, status';
const SORTABLE = new Set(['title', 'status', 'priority']);

@Injectable()
export class TaskRepository {
  constructor(private readonly prisma: PrismaClient) {}

  breakdown(groupBy: string, status: string) {
    // Prisma.raw splices text in unescaped, inside a template that binds everything else.
    // ruleid: js/sql-injection
    return this.prisma.$queryRaw(Prisma.sql`SELECT ${Prisma.raw(groupBy)} AS bucket, COUNT(*) FROM "Task" WHERE status = ${status} GROUP BY 1`);
  }

  byStatus(status: string) {
    // ok: js/sql-injection
    return this.prisma.$queryRaw`SELECT ${Prisma.raw(COLUMNS)} FROM "Task" WHERE status = ${status}`;
  }

  sorted(column: string) {
    if (!SORTABLE.has(column)) throw new Error('bad column');
    // ok: js/sql-injection
    return this.prisma.$queryRaw(Prisma.sql`SELECT ${Prisma.raw(COLUMNS)} FROM "Task" ORDER BY ${Prisma.raw(`"${column}"`)}`);
  }
}
