import { Controller, Get, NotFoundException, Param, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream, existsSync } from 'fs';
import { basename, join } from 'path';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';

const EXPORT_DIR = '/srv/inventory/exports';

@Controller('files')
@UseGuards(JwtAuthGuard)
export class FilesController {
  @Get('exports/:name')
  download(@Param('name') name: string, @Res() res: Response) {
    res.attachment(name);
    // vuln: CWE-22
    createReadStream(join(EXPORT_DIR, name))
      .on('error', () => res.status(404).end())
      .pipe(res);
  }

  @Get('v2/exports/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
    const file = join(EXPORT_DIR, basename(name));
    if (!existsSync(file)) throw new NotFoundException();
    res.attachment(basename(name));
    // safe: CWE-22
    createReadStream(file).pipe(res);
  }
}
