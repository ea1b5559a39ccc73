import { BadRequestException, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query, StreamableFile, UseGuards } from '@nestjs/common';
import contentDisposition from 'content-disposition';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { AttachmentsService } from './attachments.service';

@Controller('attachments')
@UseGuards(JwtAuthGuard)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get(':id')
  async download(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<StreamableFile> {
    const file = await this.attachments.openStored(id);
    return new StreamableFile(file.stream, { type: file.mimeType, disposition: contentDisposition(file.name) });
  }

  @Get('legacy/:projectId')
  legacy(@Param('projectId', ParseIntPipe) projectId: number, @Query('path') path?: string): StreamableFile {
    if (!path) throw new BadRequestException('path is required');
    return new StreamableFile(this.attachments.openLegacy(projectId, path), { disposition: 'attachment' });
  }
}
