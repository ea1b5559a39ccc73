import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CreateExportDto } from './dto/create-export.dto';
import { EXPORT_DIR, EXPORT_QUEUE, ExportJob } from './export-job';

@Controller('projects/:projectId/exports')
@UseGuards(JwtAuthGuard)
export class ExportsController {
  constructor(@InjectQueue(EXPORT_QUEUE) private readonly exportsQueue: Queue<ExportJob>) {}

  @Post()
  @HttpCode(202)
  async create(
    @Param('projectId', ParseIntPipe) projectId: number,
    @Body() dto: CreateExportDto,
    @CurrentUser() user: AuthUser,
  ) {
    const job = await this.exportsQueue.add(
      'render',
      {
        projectId,
        format: dto.format,
        fileName: dto.fileName,
        title: dto.title ?? `Project ${projectId} export`,
        requestedBy: user.sub,
      },
      { attempts: 2, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: 100 },
    );
    return { jobId: job.id, status: 'queued' };
  }

  @Get(':fileName')
  download(
    @Param('projectId', ParseIntPipe) projectId: number,
    @Param('fileName') fileName: string,
    @Res() res: Response,
  ) {
    // safe: CWE-22
    return res.sendFile(`${projectId}/${fileName}`, { root: EXPORT_DIR, dotfiles: 'deny' });
  }
}
