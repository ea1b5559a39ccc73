import { Controller, Get, Post, Query, Body, Param, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { AppointmentService, AgendaQuery } from '../service/appointment.service';
import { BookAppointmentDTO } from '../dto/appointment.dto';
import { PatientService } from '../service/patient.service';

@Controller('/api/appointments')
export class AppointmentController {
  @Inject()
  ctx: Context;

  @Inject()
  appointmentService: AppointmentService;

  @Inject()
  patientService: PatientService;

  @Post('/')
  @Validate()
  async book(@Body() dto: BookAppointmentDTO) {
    const user = this.ctx.state.user;
    if (user?.kind !== 'patient') {
      throw new httpError.ForbiddenError('patients book through the portal');
    }
    const patient = await this.patientService.get(user.sub);
    return this.appointmentService.book(patient.id, patient.clinicId, dto);
  }

  /** Doctor's day/week view in the desk app: ?doctorId=4&from=2024-03-01&days=5&sort=startsAt&dir=asc */
  @Get('/agenda')
  async agenda(@Query() query: AgendaQuery) {
    if (this.ctx.state.user?.kind === 'patient') {
      throw new httpError.ForbiddenError();
    }
    return this.appointmentService.agenda(query);
  }

  @Get('/mine')
  async mine(@Query('sort') sort?: string) {
    const user = this.ctx.state.user;
    if (user?.kind !== 'patient') {
      throw new httpError.ForbiddenError();
    }
    return this.appointmentService.history(user.sub, sort);
  }

  @Get('/:id')
  async one(@Param('id') id: number) {
    const user = this.ctx.state.user;
    if (user?.kind === 'patient') {
      return this.appointmentService.getForPatient(Number(id), user.sub);
    }
    return this.appointmentService.getForClinic(Number(id), user.clinicId);
  }
}
