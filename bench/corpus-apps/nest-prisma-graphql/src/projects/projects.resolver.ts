import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { NotificationPrefsInput, UpdateProjectSettingsInput } from './dto/project-settings.input';
import { Project, StatusBucket, Task } from './models/task.model';
import { ProjectsService } from './projects.service';

@Resolver(() => Task)
@UseGuards(JwtAuthGuard)
export class ProjectsResolver {
  constructor(private readonly projects: ProjectsService) {}

  @Query(() => Task)
  task(@Args('id', { type: () => Int }) id: number) {
    return this.projects.task(id);
  }

  @Query(() => [Task])
  tasksWithLabel(
    @Args('projectId', { type: () => Int }) projectId: number,
    @Args('label') label: string,
  ) {
    return this.projects.tasksWithLabel(projectId, label);
  }

  @Query(() => [StatusBucket])
  statusBreakdown(
    @Args('projectIds', { type: () => [Int] }) projectIds: number[],
    @Args('groupBy', { defaultValue: 'status', description: 'column to bucket by, e.g. status or "assigneeId"' }) groupBy: string,
  ) {
    return this.projects.statusBreakdown(projectIds, groupBy);
  }

  @Mutation(() => Project)
  updateProjectSettings(@Args('input') input: UpdateProjectSettingsInput) {
    return this.projects.updateSettings(input.projectId, input.settingsJson);
  }

  @Mutation(() => Project)
  updateNotificationPrefs(
    @Args('projectId', { type: () => Int }) projectId: number,
    @Args('prefs') prefs: NotificationPrefsInput,
  ) {
    return this.projects.updateNotificationPrefs(projectId, prefs);
  }
}
