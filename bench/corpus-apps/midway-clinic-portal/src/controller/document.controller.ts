import { Controller, Get, Post, Param, Query, Files, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { UploadFileInfo } from '@midwayjs/upload';
import { basename } from 'path';
import { DocumentService } from '../service/document.service';

@Controller('/api/patients/:patientId/documents')
export class DocumentController {
  @Inject()
  ctx: Context;

  @Inject()
  documentService: DocumentService;

  private scope(patientId: number) {
    const user = this.ctx.state.user;
    if (!Number.isInteger(patientId) || (user?.kind === 'patient' && user.sub !== patientId)) {
      throw new httpError.ForbiddenError();
    }
  }

  @Get('/')
  async list(@Param('patientId') patientId: string) {
    this.scope(Number(patientId));
    return this.documentService.list(Number(patientId));
  }

  @Post('/')
  async upload(@Param('patientId') patientId: string, @Files() files: UploadFileInfo<string>[]) {
    this.scope(Number(patientId));
    return this.documentService.store(Number(patientId), files);
  }

  @Get('/download')
  async download(@Param('patientId') patientId: string, @Query('name') name: string) {
    this.scope(Number(patientId));
    this.ctx.attachment(basename(String(name)));
    return this.documentService.openForDownload(Number(patientId), name);
  }

  @Get('/preview')
  async preview(@Param('patientId') patientId: string, @Query('name') name: string) {
    this.scope(Number(patientId));
    this.ctx.type = 'application/pdf';
    this.ctx.set('Content-Disposition', 'inline');
    return this.documentService.openForPreview(Number(patientId), String(name));
  }
}
