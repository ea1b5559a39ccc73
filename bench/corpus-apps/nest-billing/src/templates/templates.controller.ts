import { Body, Controller, Param, Post } from '@nestjs/common';
import { TemplatesService } from './templates.service';

@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Post('preview')
  preview(@Body('source') source: string, @Body('data') data: Record<string, unknown>) {
    return { text: this.templates.preview(source, data) };
  }

  @Post(':name/render')
  render(@Param('name') name: string, @Body() data: Record<string, unknown>) {
    return { text: this.templates.renderStock(name, data) };
  }
}
