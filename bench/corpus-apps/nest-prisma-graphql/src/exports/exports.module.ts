import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ExportsController } from './exports.controller';
import { EXPORT_QUEUE } from './export-job';
import { ExportProcessor } from './export.processor';

@Module({
  imports: [BullModule.registerQueue({ name: EXPORT_QUEUE }), ProjectsModule],
  controllers: [ExportsController],
  providers: [ExportProcessor],
})
export class ExportsModule {}
