import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

// Parameters the framework fills: a parse pipe leaves a number; without one, the request's text.
@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    // ok: js/sql-injection
    return this.dataSource.query(`SELECT * FROM reports WHERE id = ${id}`);
  }

  @Get()
  byOwner(@Query('owner') owner: string) {
    // ruleid: js/sql-injection
    return this.dataSource.query(`SELECT * FROM reports WHERE owner = '${owner}'`);
  }
}
