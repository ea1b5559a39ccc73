import { Controller, Post, Files, Fields, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { UploadFileInfo } from '@midwayjs/upload';
import { ImportService } from '../service/import.service';
import { StaffClaims } from '../interface';

@Controller('/api/import')
export class ImportController {
  @Inject()
  ctx: Context;

  @Inject()
  importService: ImportService;

  private admin(): StaffClaims {
    const user = this.ctx.state.user as StaffClaims;
    if (user?.role !== 'admin') {
      throw new httpError.ForbiddenError();
    }
    return user;
  }

  private single(files: UploadFileInfo<string>[]): UploadFileInfo<string> {
    if (!files?.length) {
      throw new httpError.BadRequestError('file missing');
    }
    return files[0];
  }

  @Post('/legacy-patients')
  async legacyPatients(@Files() files: UploadFileInfo<string>[]) {
    const admin = this.admin();
    return this.importService.importLegacyPatients(admin.clinicId, this.single(files).data);
  }

  @Post('/opening-hours')
  async openingHours(@Files() files: UploadFileInfo<string>[]) {
    this.admin();
    return this.importService.parseOpeningHours(this.single(files).data);
  }

  /** Referring hospitals upload CDA discharge letters; any staff member may attach one. */
  @Post('/discharge-summary')
  async dischargeSummary(@Files() files: UploadFileInfo<string>[], @Fields() fields: { patientId?: string }) {
    if (!(this.ctx.state.user as StaffClaims)?.role) {
      throw new httpError.ForbiddenError();
    }
    const summary = await this.importService.readDischargeSummary(this.single(files).data);
    return { patientId: Number(fields.patientId), ...summary };
  }

  @Post('/lab-feed')
  async labFeed(@Files() files: UploadFileInfo<string>[]) {
    this.admin();
    return this.importService.importLabFeed(this.single(files).data);
  }
}
