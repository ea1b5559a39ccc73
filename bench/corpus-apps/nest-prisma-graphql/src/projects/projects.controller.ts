import { Controller, Get, Param, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ListTasksQueryDto, SearchTasksQueryDto, TasksByStatusQueryDto } from './dto/task-query.dto';
import { ProjectsService } from './projects.service';

@Controller('projects/:projectId/tasks')
@UseGuards(JwtAuthGuard)
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  list(@Param('projectId', ParseIntPipe) projectId: number, @Query() query: ListTasksQueryDto) {
    return this.projects.listTasks(projectId, query);
  }

  @Get('search')
  search(@Param('projectId', ParseIntPipe) projectId: number, @Query() { q }: SearchTasksQueryDto) {
    return this.projects.searchTasks(projectId, q);
  }

  @Get('by-status')
  byStatus(@Param('projectId', ParseIntPipe) projectId: number, @Query() { status }: TasksByStatusQueryDto) {
    return this.projects.tasksByStatus(projectId, status);
  }
}
