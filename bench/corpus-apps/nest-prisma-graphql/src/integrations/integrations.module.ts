import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { IntegrationsController } from './integrations.controller';
import { IssueTrackerClient } from './issue-tracker.client';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [HttpModule.register({ timeout: 8000, maxRedirects: 3 })],
  controllers: [IntegrationsController],
  providers: [WebhooksService, IssueTrackerClient],
})
export class IntegrationsModule {}
