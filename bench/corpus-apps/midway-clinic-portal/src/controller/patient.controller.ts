import { Controller, Get, Put, Post, Param, Query, Body, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { PatientService } from '../service/patient.service';
import { InsurerService } from '../service/insurer.service';
import { StaffClaims } from '../interface';

@Controller('/api/patients')
export class PatientController {
  @Inject()
  ctx: Context;

  @Inject()
  patientService: PatientService;

  @Inject()
  insurerService: InsurerService;

  private staff(): StaffClaims {
    const user = this.ctx.state.user as StaffClaims;
    if (!user || !('role' in user)) {
      throw new httpError.ForbiddenError();
    }
    return user;
  }

  private selfOrStaff(id: number) {
    const user = this.ctx.state.user;
    if (user?.kind === 'patient' && user.sub !== id) {
      throw new httpError.ForbiddenError();
    }
  }

  @Get('/')
  async search(@Query('q') q = '', @Query('limit') limit?: string) {
    const staff = this.staff();
    return this.patientService.search(staff.clinicId, q, limit);
  }

  @Get('/:id')
  async detail(@Param('id') id: number) {
    this.selfOrStaff(Number(id));
    return this.patientService.get(Number(id));
  }

  /** The app stores UI settings (notifications, language, accessibility) as a nested document. */
  @Put('/:id/preferences')
  async preferences(@Param('id') id: number, @Body() patch: Record<string, unknown>) {
    this.selfOrStaff(Number(id));
    return this.patientService.updatePreferences(Number(id), patch);
  }

  @Put('/:id/contact')
  async contact(@Param('id') id: number, @Body() body: Record<string, unknown>) {
    this.selfOrStaff(Number(id));
    return this.patientService.updateContact(Number(id), body);
  }

  @Put('/:id/ssn')
  async ssn(@Param('id') id: number, @Body('ssn') ssn: string) {
    this.staff();
    if (!/^\d{3}-?\d{2}-?\d{4}$/.test(String(ssn))) {
      throw new httpError.BadRequestError('ssn format');
    }
    await this.patientService.storeSsn(Number(id), ssn);
    return { ok: true, masked: await this.patientService.maskedSsn(Number(id)) };
  }

  @Post('/:id/insurance/check')
  async insurance(
    @Param('id') id: number,
    @Body('memberId') memberId: string,
    @Body('groupNo') groupNo: string,
  ) {
    this.selfOrStaff(Number(id));
    const patient = await this.patientService.get(Number(id));
    return this.insurerService.checkEligibility(String(memberId), String(groupNo), patient.birthDate);
  }
}
