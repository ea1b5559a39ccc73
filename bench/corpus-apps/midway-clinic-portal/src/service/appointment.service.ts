import { Provide, Inject, httpError } from '@midwayjs/core';
import { AppointmentDao } from '../dao/appointment.dao';
import { TokenService } from './token.service';
import { BookAppointmentDTO } from '../dto/appointment.dto';

export interface AgendaQuery {
  doctorId?: string;
  from?: string;
  days?: string;
  sort?: string;
  dir?: string;
}

@Provide()
export class AppointmentService {
  @Inject()
  appointmentDao: AppointmentDao;

  @Inject()
  tokenService: TokenService;

  async book(patientId: number, clinicId: number, dto: BookAppointmentDTO) {
    const appt = await this.appointmentDao.create({
      patientId,
      clinicId,
      doctorId: dto.doctorId,
      startsAt: new Date(dto.startsAt),
      reason: dto.reason,
      patientNotes: dto.notes ?? null,
      checkinCode: this.tokenService.checkInCode(),
      status: 'booked',
    });
    return { id: appt.id, checkinCode: appt.checkinCode };
  }

  agenda(query: AgendaQuery) {
    const doctorId = Number(query.doctorId);
    if (!Number.isInteger(doctorId)) {
      throw new httpError.BadRequestError('doctorId required');
    }
    const from = query.from ? new Date(query.from) : new Date();
    const days = Math.min(Number(query.days) || 1, 14);
    const to = new Date(from.getTime() + days * 86400000);
    return this.appointmentDao.doctorAgenda(doctorId, from, to, query.sort ?? 'startsAt', query.dir ?? 'asc');
  }

  history(patientId: number, sort?: string) {
    return this.appointmentDao.patientHistory(patientId, sort ?? 'date');
  }

  async getForPatient(id: number, patientId: number) {
    const appt = await this.appointmentDao.findOne(id);
    if (!appt || appt.patientId !== patientId) {
      throw new httpError.NotFoundError();
    }
    return appt;
  }

  async getForClinic(id: number, clinicId: number) {
    const appt = await this.appointmentDao.findOne(id);
    if (!appt || appt.clinicId !== clinicId) {
      throw new httpError.NotFoundError();
    }
    return appt;
  }

  async checkIn(clinicId: number, code: string) {
    if (!/^\d{6}$/.test(code)) {
      throw new httpError.BadRequestError('six digits expected');
    }
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 86400000);
    const appt = await this.appointmentDao.findForCheckIn(clinicId, code, start, end);
    if (!appt) {
      throw new httpError.NotFoundError('no appointment for this code today');
    }
    await this.appointmentDao.setStatus(appt.id, 'checked_in');
    return { id: appt.id, startsAt: appt.startsAt };
  }
}
