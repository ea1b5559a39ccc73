import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';
import { createReadStream, existsSync } from 'fs';
import { join } from 'path';
import { JwtAuthGuard } from '../common/jwt-auth.guard';

@Controller('documents')
@UseGuards(JwtAuthGuard)
export class DocumentsController {
  private readonly root: string;

  constructor(config: ConfigService) {
    this.root = config.getOrThrow<string>('documentsDir');
  }

  /** Registration papers and inspection reports, e.g. /documents/file?name=KL-482-PT/inspection-2024.pdf */
  @Get('file')
  download(@Query('name') name: string, @Res({ passthrough: true }) res: Response) {
    const full = join(this.root, name);
    if (!existsSync(full)) throw new NotFoundException();
    res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(name)}"`);
    // vuln: CWE-22
    return new StreamableFile(createReadStream(full));
  }

  @Get('manuals/:name')
  manual(@Param('name') name: string, @Res() res: Response) {
    // safe: CWE-22
    res.sendFile(name, { root: join(this.root, 'manuals'), dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) res.status(404).json({ statusCode: 404, message: 'Not found' });
    });
  }
}
