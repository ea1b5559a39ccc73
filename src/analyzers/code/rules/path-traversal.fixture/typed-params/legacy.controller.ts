// NestJS leaves a parameter declared `number` a string unless a pipe converts it.
import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { promises as fs } from 'fs';
import path from 'path';

@Controller('legacy')
export class LegacyReportsController {
  @Get(':year')
  summary(@Param('year') year: number) {
    // ruleid: js/path-traversal
    return fs.readFile(path.join('/srv/reports', `${year}.csv`), 'utf8');
  }

  @Get(':year/pipe')
  piped(@Param('year', ParseIntPipe) year: number) {
    // ok: js/path-traversal
    return fs.readFile(path.join('/srv/reports', `${year}.csv`), 'utf8');
  }
}
