import { Controller, Get, Param, ParseIntPipe, Post, Req, UseGuards } from '@nestjs/common';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PreviewRequest, PreviewTokenGuard } from '../auth/preview-token.guard';
import { ProjectsService } from '../projects/projects.service';
import { ShareService } from './share.service';

@Controller('share')
export class ShareController {
  constructor(
    private readonly share: ShareService,
    private readonly projects: ProjectsService,
  ) {}

  @Post('projects/:projectId/link')
  @UseGuards(JwtAuthGuard)
  createLink(@Param('projectId', ParseIntPipe) projectId: number, @CurrentUser() user: AuthUser) {
    return this.share.createShareLink(projectId, user.sub);
  }

  @Post('projects/:projectId/tokens')
  @UseGuards(JwtAuthGuard)
  createTokens(@Param('projectId', ParseIntPipe) projectId: number) {
    return { preview: this.share.createPreviewToken(projectId), embed: this.share.createEmbedToken(projectId) };
  }

  @Get('s/:code')
  async byCode(@Param('code') code: string) {
    return this.projects.summary(await this.share.resolveShareLink(code));
  }

  @Get('preview')
  @UseGuards(PreviewTokenGuard)
  preview(@Req() req: PreviewRequest) {
    return this.projects.summary(req.preview!.projectId);
  }

  @Get('embed/:token')
  embed(@Param('token') token: string) {
    const claims = this.share.verifyEmbedToken(token);
    return this.projects.summary(claims.projectId);
  }
}
