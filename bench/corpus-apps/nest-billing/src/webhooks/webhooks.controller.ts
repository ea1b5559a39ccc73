import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { WebhooksService } from './webhooks.service';
import { AdminGuard } from '../auth/admin.guard';

class TestWebhookDto {
  url!: string;
}

@Controller('webhooks')
@UseGuards(AdminGuard)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('test')
  test(@Body() body: TestWebhookDto) {
    return this.webhooks.test(body.url);
  }

  @Post(':name/replay')
  replay(@Param('name') name: string, @Body() payload: Record<string, unknown>) {
    return this.webhooks.deliver(name, payload);
  }
}
