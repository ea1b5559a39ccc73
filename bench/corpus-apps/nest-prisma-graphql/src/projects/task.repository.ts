import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { SortDirection, TaskSortField } from './dto/task-query.dto';

export interface TaskRow {
  id: number;
  projectId: number;
  title: string;
  status: string;
  priority: number;
  assigneeId: string | null;
  createdAt: Date;
}

const TASK_COLUMNS = 'id, "projectId", title, status, priority, "assigneeId", "createdAt"';

@Injectable()
export class TaskRepository {
  constructor(private readonly prisma: PrismaService) {}

  listForProject(projectId: number, sort: TaskSortField, direction: SortDirection, limit: number, offset: number) {
    // safe: CWE-89
    return this.prisma.$queryRawUnsafe<TaskRow[]>(`SELECT ${TASK_COLUMNS} FROM "Task" WHERE "projectId" = ${projectId} ORDER BY "${sort}" ${direction} LIMIT ${limit} OFFSET ${offset}`);
  }

  searchText(projectId: number, term: string) {
    // vuln: CWE-89
    return this.prisma.$queryRawUnsafe<TaskRow[]>(`SELECT ${TASK_COLUMNS} FROM "Task" WHERE "projectId" = ${projectId} AND (title ILIKE '%${term}%' OR description ILIKE '%${term}%') ORDER BY "createdAt" DESC LIMIT 50`);
  }

  findByStatus(projectId: number, status: string) {
    // safe: CWE-89
    return this.prisma.$queryRaw<TaskRow[]>`SELECT ${Prisma.raw(TASK_COLUMNS)} FROM "Task" WHERE "projectId" = ${projectId} AND status = ${status} ORDER BY priority`;
  }

  async findById(id: number): Promise<TaskRow | undefined> {
    // safe: CWE-89
    const rows = await this.prisma.$queryRawUnsafe<TaskRow[]>(`SELECT ${TASK_COLUMNS} FROM "Task" WHERE id = ${id} LIMIT 1`);
    return rows[0];
  }

  withLabel(projectId: number, label: string) {
    // safe: CWE-89
    return this.prisma.$queryRawUnsafe<TaskRow[]>(`SELECT ${TASK_COLUMNS} FROM "Task" WHERE "projectId" = $1 AND $2 = ANY(labels)`, projectId, label);
  }

  breakdown(projectIds: number[], groupBy: string) {
    const scope = Prisma.sql`WHERE "projectId" IN (${Prisma.join(projectIds)})`;
    // vuln: CWE-89
    return this.prisma.$queryRaw<{ bucket: string; total: number }[]>(Prisma.sql`SELECT ${Prisma.raw(groupBy)}::text AS bucket, COUNT(*)::int AS total FROM "Task" ${scope} GROUP BY 1 ORDER BY 2 DESC`);
  }
}
