import { Controller, Post, Body, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { AppointmentService } from '../service/appointment.service';
import { KioskClaims } from '../interface';

@Controller('/api/kiosk')
export class KioskController {
  @Inject()
  ctx: Context;

  @Inject()
  appointmentService: AppointmentService;

  @Post('/checkin')
  async checkIn(@Body('code') code: string) {
    const kiosk = this.ctx.state.kiosk as KioskClaims;
    return this.appointmentService.checkIn(kiosk.clinicId, String(code));
  }
}
