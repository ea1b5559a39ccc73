import { Module } from '@nestjs/common';
import { ProjectsController } from './projects.controller';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';
import { TaskRepository } from './task.repository';

@Module({
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectsResolver, TaskRepository],
  exports: [ProjectsService, TaskRepository],
})
export class ProjectsModule {}
