import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Post } from '@nestjs/common';
import { Queue } from 'bullmq';

export const EXPORT_QUEUE = 'exports';

@Controller('exports')
export class ExportsController {
  constructor(@InjectQueue(EXPORT_QUEUE) private readonly queue: Queue) {}

  // The request's fields travel to the worker as job.data.
  @Post()
  async create(@Body() dto: { fileName: string; title: string }) {
    const job = await this.queue.add('render', { fileName: dto.fileName, title: dto.title, format: 'docx' });
    return { id: job.id };
  }
}
