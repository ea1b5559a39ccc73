import { Body, Controller, Get, Headers, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ReportsService, type ExportRequest } from './reports.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { StrictJwtGuard } from '../auth/strict-jwt.guard';

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('export')
  @UseGuards(JwtAuthGuard)
  async export(@Body() dto: ExportRequest) {
    const file = await this.reports.exportStock(dto);
    return { file: await this.reports.compress(file.split('/').pop()!) };
  }

  @Get('disk')
  @UseGuards(StrictJwtGuard)
  disk(@Headers('x-export-path') exportPath: string) {
    return this.reports.diskUsage(exportPath ?? '/srv/inventory/exports');
  }

  @Get('done')
  done(@Query('next') next: string, @Res() res: Response) {
    // vuln: CWE-601
    return res.redirect(next || '/reports');
  }

  @Get('back')
  back(@Query('next') next: string, @Res() res: Response) {
    const target = typeof next === 'string' && /^\/(?![/\\])[\w/-]*$/.test(next) ? next : '/reports';
    // safe: CWE-601
    return res.redirect(target);
  }
}
