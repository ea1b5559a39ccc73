import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { IsIn, IsString } from 'class-validator';
import { DataSource } from 'typeorm';
import { ListPostsDto } from './dto';

class ExportDto {
  @IsIn(['csv', 'json'])
  format!: string;

  @IsString()
  title!: string;
}

@Controller('posts')
export class PostsController {
  constructor(private readonly db: DataSource) {}

  @Get()
  list(@Query() q: ListPostsDto) {
    // The DTO narrows sort, order and limit to listed values, enum members and integers.
    // ok: js/sql-injection
    return this.db.query(`SELECT * FROM posts ORDER BY ${q.sort} ${q.order} LIMIT ${q.limit}`);
  }

  @Get('columns')
  column(@Query() { column }: ListPostsDto) {
    // ok: js/sql-injection
    return this.db.query(`SELECT ${column} FROM posts`);
  }

  @Get('search')
  search(@Query() q: ListPostsDto) {
    // ruleid: js/sql-injection
    return this.db.query(`SELECT * FROM posts WHERE title LIKE '%${q.search}%'`);
  }

  @Get('by-path')
  byPath(@Query() q: ListPostsDto) {
    // ruleid: js/sql-injection
    return this.db.query(`SELECT * FROM pages WHERE path = '${q.path}'`);
  }

  @Post('export')
  export(@Body() body: ExportDto) {
    // ok: js/sql-injection
    this.db.query(`INSERT INTO exports (format) VALUES ('${body.format}')`);
    // ruleid: js/sql-injection
    return this.db.query(`INSERT INTO exports (title) VALUES ('${body.title}')`);
  }
}
