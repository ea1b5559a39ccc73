import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class TaskStore {
  constructor(private readonly prisma: PrismaClient) {}

  byId(id: number) {
    // ok: js/sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT * FROM "Task" WHERE id = ${id}`);
  }

  byRef(ref: string) {
    // ruleid: js/sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT * FROM "Task" WHERE ref = '${ref}'`);
  }
}
