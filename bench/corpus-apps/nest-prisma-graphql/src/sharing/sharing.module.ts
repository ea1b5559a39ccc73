import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ShareController } from './share.controller';
import { ShareService } from './share.service';

@Module({
  imports: [ProjectsModule],
  controllers: [ShareController],
  providers: [ShareService],
})
export class SharingModule {}
