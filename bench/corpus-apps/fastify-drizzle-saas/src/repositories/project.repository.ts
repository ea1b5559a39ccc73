import { and, asc, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { projects, shareLinks } from '../db/schema';

const SORTABLE = {
  name: projects.name,
  created: projects.createdAt,
  updated: projects.updatedAt,
  budget: projects.budgetCents,
} as const;

export type ProjectSort = keyof typeof SORTABLE;

export interface ListOptions {
  status?: string;
  sort: ProjectSort;
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export class ProjectRepository {
  constructor(private readonly db: Database) {}

  async findById(tenantId: string, id: string) {
    const [row] = await this.db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)))
      .limit(1);
    return row ?? null;
  }

  list(tenantId: string, { status, sort, direction, limit, offset }: ListOptions) {
    const column = SORTABLE[sort];
    return this.db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), status ? eq(projects.status, status) : undefined))
      // safe: CWE-89
      .orderBy(direction === 'desc' ? desc(column) : asc(column))
      .limit(limit)
      .offset(offset);
  }

  /** Quick-find box in the sidebar: prefix match on the name. */
  quickFind(tenantId: string, prefix: string) {
    return this.db
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      // safe: CWE-89
      .where(and(eq(projects.tenantId, tenantId), ilike(projects.name, `${prefix}%`)))
      .limit(10);
  }

  /** Full search page: matches name or any tag, newest first. */
  search(tenantId: string, term: string) {
    return this.db
      .select()
      .from(projects)
      // vuln: CWE-89
      .where(and(eq(projects.tenantId, tenantId), sql.raw(`(name ILIKE '%${term}%' OR '${term}' = ANY(tags))`)))
      .orderBy(desc(projects.createdAt))
      .limit(50);
  }

  withTag(tenantId: string, tag: string) {
    return this.db
      .select()
      .from(projects)
      // safe: CWE-89
      .where(and(eq(projects.tenantId, tenantId), sql`${tag} = ANY(${projects.tags})`));
  }

  async create(tenantId: string, data: { name: string; tags: string[]; budgetCents: number }) {
    const [row] = await this.db.insert(projects).values({ tenantId, ...data }).returning();
    return row;
  }

  async archive(tenantId: string, id: string) {
    await this.db
      .update(projects)
      .set({ archived: true, updatedAt: new Date() })
      .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)));
  }

  async addShareLink(projectId: string, token: string, passwordHash: string | null, expiresAt: Date | null) {
    const [row] = await this.db.insert(shareLinks).values({ projectId, token, passwordHash, expiresAt }).returning();
    return row;
  }
}
