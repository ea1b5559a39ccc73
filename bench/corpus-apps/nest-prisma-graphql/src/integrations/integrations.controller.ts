import { Body, Controller, Headers, HttpCode, Param, ParseIntPipe, Post, RawBodyRequest, Req, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PrismaService } from '../prisma/prisma.service';
import { RegisterWebhookDto, SyncIssueDto } from './dto/integrations.dto';
import { IssueTrackerClient } from './issue-tracker.client';
import { WebhooksService } from './webhooks.service';

const STATE_TO_STATUS = { open: 'open', in_progress: 'in_progress', closed: 'done' } as const;

@Controller('integrations')
export class IntegrationsController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly issues: IssueTrackerClient,
    private readonly prisma: PrismaService,
  ) {}

  @Post('projects/:projectId/webhooks')
  @UseGuards(JwtAuthGuard)
  register(@Param('projectId', ParseIntPipe) projectId: number, @Body() dto: RegisterWebhookDto) {
    return this.webhooks.register(projectId, dto);
  }

  @Post('projects/:projectId/issues/sync')
  @UseGuards(JwtAuthGuard)
  async sync(@Param('projectId', ParseIntPipe) projectId: number, @Body() dto: SyncIssueDto) {
    const issue = await this.issues.fetchIssue(dto.externalId);
    return this.prisma.task.upsert({
      where: { externalId: issue.id },
      create: { projectId, externalId: issue.id, title: issue.summary, status: STATE_TO_STATUS[issue.state], priority: issue.priority },
      update: { title: issue.summary, status: STATE_TO_STATUS[issue.state], priority: issue.priority },
    });
  }

  @Post('issues/events')
  @HttpCode(204)
  async incoming(@Req() req: RawBodyRequest<Request>, @Headers('x-tracker-signature') signature?: string) {
    if (!req.rawBody || !this.webhooks.verifyIncoming(req.rawBody, signature)) {
      throw new UnauthorizedException('bad signature');
    }
    const event = req.body as { type: string; issue: { id: string; state: keyof typeof STATE_TO_STATUS } };
    if (event.type === 'issue.state_changed') {
      await this.prisma.task.updateMany({ where: { externalId: event.issue.id }, data: { status: STATE_TO_STATUS[event.issue.state] } });
    }
  }
}
