import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { deepMerge, isPlainObject, overrideKnown, PlainObject } from '../common/utils/deep-merge';
import { PrismaService } from '../prisma/prisma.service';
import type { ListTasksQueryDto } from './dto/task-query.dto';
import type { NotificationPrefsInput } from './dto/project-settings.input';
import { TaskRepository } from './task.repository';

const DEFAULT_NOTIFICATION_PREFS = { onAssign: true, onComment: true, digest: 'daily' };

@Injectable()
export class ProjectsService {
  private readonly logger = new Logger(ProjectsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TaskRepository,
  ) {}

  listTasks(projectId: number, query: ListTasksQueryDto) {
    // safe: CWE-117
    this.logger.debug(`listing tasks project=${projectId} sort=${query.sort} offset=${query.offset} limit=${query.limit}`);
    return this.tasks.listForProject(projectId, query.sort, query.direction, query.limit, query.offset);
  }

  searchTasks(projectId: number, term: string) {
    // vuln: CWE-117
    this.logger.log(`task search project=${projectId} term="${term}"`);
    return this.tasks.searchText(projectId, term.trim());
  }

  tasksByStatus(projectId: number, status: string) {
    return this.tasks.findByStatus(projectId, status);
  }

  async task(id: number) {
    const row = await this.tasks.findById(id);
    if (!row) throw new NotFoundException(`Task ${id} not found`);
    return row;
  }

  tasksWithLabel(projectId: number, label: string) {
    return this.tasks.withLabel(projectId, label);
  }

  statusBreakdown(projectIds: number[], groupBy: string) {
    if (projectIds.length === 0) return [];
    return this.tasks.breakdown(projectIds, groupBy);
  }

  async updateSettings(projectId: number, settingsJson: string) {
    const project = await this.prisma.project.findUnique({ where: { id: projectId } });
    if (!project) throw new NotFoundException();
    const patch: unknown = JSON.parse(settingsJson);
    if (!isPlainObject(patch)) throw new BadRequestException('settings must be a JSON object');
    const current = isPlainObject(project.settings) ? project.settings : {};
    const settings = deepMerge(current, patch);
    return this.prisma.project.update({ where: { id: projectId }, data: { settings: settings as Prisma.InputJsonObject } });
  }

  async updateNotificationPrefs(projectId: number, prefs: NotificationPrefsInput) {
    const merged = overrideKnown(DEFAULT_NOTIFICATION_PREFS, prefs as PlainObject);
    return this.prisma.project.update({ where: { id: projectId }, data: { notificationPrefs: merged } });
  }

  async summary(projectId: number) {
    const project = await this.prisma.project.findUnique({
      where: { id: projectId },
      select: { id: true, key: true, name: true, _count: { select: { tasks: true } } },
    });
    if (!project) throw new NotFoundException();
    const open = await this.prisma.task.count({ where: { projectId, status: { not: 'done' } } });
    return { ...project, openTasks: open };
  }
}
