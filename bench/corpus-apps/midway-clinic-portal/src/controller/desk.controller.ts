import { Controller, Get, Post, Body, Query, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Between, Repository } from 'typeorm';
import { AuthService } from '../service/auth.service';
import { LoginThrottleMiddleware } from '../middleware/throttle.middleware';
import { Appointment } from '../entity/appointment.entity';
import { Patient } from '../entity/patient.entity';

/** Server-rendered front-desk screens (session login, used on the reception PCs). */
@Controller('/desk')
export class DeskController {
  @Inject()
  ctx: Context;

  @Inject()
  authService: AuthService;

  @InjectEntityModel(Appointment)
  appointmentModel: Repository<Appointment>;

  @InjectEntityModel(Patient)
  patientModel: Repository<Patient>;

  @Get('/login')
  async loginPage() {
    await this.ctx.render('desk/login', {});
  }

  @Post('/login', { middleware: [LoginThrottleMiddleware] })
  async login(@Body('username') username: string, @Body('password') password: string) {
    const user = await this.authService.checkStaffPassword(String(username), String(password));
    if (!user) {
      this.ctx.status = 401;
      return this.ctx.render('desk/login', { error: 'Anmeldung fehlgeschlagen' });
    }
    this.ctx.session.staff = { id: user.id, role: user.role, clinicId: user.clinicId };
    this.ctx.redirect('/desk/day');
  }

  @Get('/day')
  async day(@Query('date') date?: string) {
    const staff = this.ctx.session?.staff;
    if (!staff) {
      return this.ctx.redirect('/desk/login');
    }
    const start = /^\d{4}-\d{2}-\d{2}$/.test(String(date)) ? new Date(`${date}T00:00:00`) : new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 86400000);
    const appointments = await this.appointmentModel.find({
      where: { clinicId: staff.clinicId, startsAt: Between(start, end) },
      order: { startsAt: 'ASC' },
    });
    const patients = await this.patientModel.findByIds(appointments.map(a => a.patientId));
    const byId = new Map(patients.map(p => [p.id, p]));
    await this.ctx.render('desk/day', {
      day: start.toLocaleDateString('de-DE'),
      rows: appointments.map(a => ({ appt: a, patient: byId.get(a.patientId) })),
    });
  }

  @Post('/appointments/status')
  async status(@Body('id') id: string, @Body('status') status: string) {
    const staff = this.ctx.session?.staff;
    if (!staff) {
      return this.ctx.redirect('/desk/login');
    }
    if (['checked_in', 'done', 'cancelled'].includes(status)) {
      await this.appointmentModel.update({ id: Number(id), clinicId: staff.clinicId }, { status: status as Appointment['status'] });
    }
    this.ctx.redirect('/desk/day');
  }
}
