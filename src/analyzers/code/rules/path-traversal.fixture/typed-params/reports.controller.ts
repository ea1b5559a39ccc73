// routing-controllers converts a parameter declared `number` (or `boolean`) before the action
// runs; one declared `string` arrives as sent. NestJS does not convert without a pipe.
import { Get, JsonController, Param, QueryParam } from 'routing-controllers';
import { promises as fs } from 'fs';
import path from 'path';

const REPORTS = '/srv/reports';

@JsonController('/reports')
export class ReportsController {
  @Get('/:year/summary')
  summary(@Param('year') year: number) {
    // ok: js/path-traversal
    return fs.readFile(path.join(REPORTS, `${year}.csv`), 'utf8');
  }

  @Get('/archive')
  archive(@QueryParam('part') part: number, @QueryParam('label') label: string) {
    // ruleid: js/path-traversal
    return fs.readFile(path.join(REPORTS, 'archive', label, `${part}.csv`), 'utf8');
  }
}
