import { Provide } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Between, IsNull, Repository } from 'typeorm';
import { Appointment } from '../entity/appointment.entity';

const PATIENT_SORT: Record<string, string> = {
  date: 'a.startsAt',
  doctor: 'a.doctorId',
  status: 'a.status',
};

@Provide()
export class AppointmentDao {
  @InjectEntityModel(Appointment)
  appointmentModel: Repository<Appointment>;

  create(data: Partial<Appointment>) {
    return this.appointmentModel.save(this.appointmentModel.create(data));
  }

  findOne(id: number) {
    return this.appointmentModel.findOne({ where: { id } });
  }

  doctorAgenda(doctorId: number, from: Date, to: Date, sort: string, direction: string) {
    return this.appointmentModel
      .createQueryBuilder('a')
      .where('a.doctorId = :doctorId', { doctorId })
      .andWhere('a.startsAt BETWEEN :from AND :to', { from, to })
      // vuln: CWE-89
      .orderBy(`a.${sort}`, direction === 'desc' ? 'DESC' : 'ASC')
      .getMany();
  }

  patientHistory(patientId: number, sort: string) {
    const column = PATIENT_SORT[sort] ?? 'a.startsAt';
    return this.appointmentModel
      .createQueryBuilder('a')
      .where('a.patientId = :patientId', { patientId })
      // safe: CWE-89
      .orderBy(column, 'DESC')
      .getMany();
  }

  findForCheckIn(clinicId: number, code: string, dayStart: Date, dayEnd: Date) {
    return this.appointmentModel.findOne({
      where: { clinicId, checkinCode: code, status: 'booked', startsAt: Between(dayStart, dayEnd) },
    });
  }

  dueForReminder(from: Date, to: Date) {
    return this.appointmentModel.find({
      where: { status: 'booked', remindedAt: IsNull(), startsAt: Between(from, to) },
      take: 500,
    });
  }

  async setStatus(id: number, status: Appointment['status']) {
    await this.appointmentModel.update(id, { status });
  }

  async markReminded(id: number) {
    await this.appointmentModel.update(id, { remindedAt: new Date() });
  }
}
