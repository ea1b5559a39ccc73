import { hashSharePassword, shareToken } from '../lib/crypto';
import { DomainError } from '../plugins/error-handler';
import type { ListOptions, ProjectRepository } from '../repositories/project.repository';

export interface ShareRequest {
  expiresInDays?: number;
  password?: string;
}

export class ProjectService {
  constructor(private readonly repo: ProjectRepository) {}

  list(tenantId: string, options: ListOptions) {
    return this.repo.list(tenantId, options);
  }

  async get(tenantId: string, id: string) {
    const project = await this.repo.findById(tenantId, id);
    if (!project) throw new DomainError(404, 'Project not found', 'NOT_FOUND');
    return project;
  }

  async search(tenantId: string, query: { q?: string; tag?: string; prefix?: string }) {
    if (query.tag) return this.repo.withTag(tenantId, query.tag);
    if (query.prefix) return this.repo.quickFind(tenantId, query.prefix);
    const term = (query.q ?? '').trim();
    if (term.length < 2) return [];
    return this.repo.search(tenantId, term);
  }

  create(tenantId: string, input: { name: string; tags?: string[]; budgetCents?: number }) {
    return this.repo.create(tenantId, { name: input.name, tags: input.tags ?? [], budgetCents: input.budgetCents ?? 0 });
  }

  async share(tenantId: string, id: string, { expiresInDays, password }: ShareRequest) {
    const project = await this.get(tenantId, id);
    const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
    const passwordHash = password ? hashSharePassword(password) : null;
    const link = await this.repo.addShareLink(project.id, shareToken(), passwordHash, expiresAt);
    return { token: link.token, expiresAt: link.expiresAt };
  }
}
