import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { execFile } from 'child_process';

// A Nest parse pipe rejects the request unless the value converts: what reaches the handler is a
// number (or boolean, UUID, enum member), which cannot start an option.
@Controller('thumbnails')
export class ThumbnailsController {
  @Get(':id')
  resize(@Param('id', ParseIntPipe) id: number, @Query('width', new ParseIntPipe()) width: number) {
    // ok: js/argument-injection
    execFile('convert', ['-resize', `${width}x`, `/tmp/${id}.pdf[0]`, `/tmp/${id}.png`]);
  }

  @Get(':id/raw')
  raw(@Param('id', ParseIntPipe) id: number, @Query('width') width: string) {
    // ruleid: js/argument-injection
    execFile('convert', ['-resize', width, `/tmp/${id}.pdf[0]`, `/tmp/${id}.png`]);
  }
}

// A pipe of the same name that is not Nest's proves nothing.
function ParseIntPipeLike() {}
export class OtherController {
  @Get(':w')
  resize(@Param('w', ParseIntPipeLike) w: string) {
    // ruleid: js/argument-injection
    execFile('convert', ['-resize', w, 'in.png', 'out.png']);
  }
}
