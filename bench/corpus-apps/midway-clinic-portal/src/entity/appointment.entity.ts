import { Entity, Column, PrimaryGeneratedColumn, Index } from 'typeorm';

@Entity('appointments')
export class Appointment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'patient_id' })
  patientId: number;

  @Index()
  @Column({ name: 'doctor_id' })
  doctorId: number;

  @Column({ name: 'clinic_id' })
  clinicId: number;

  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt: Date;

  @Column({ name: 'duration_min', default: 15 })
  durationMin: number;

  @Column({ default: 'booked' })
  status: 'booked' | 'checked_in' | 'done' | 'cancelled';

  @Column({ length: 80 })
  reason: string;

  @Column({ name: 'patient_notes', type: 'text', nullable: true })
  patientNotes: string;

  @Column({ name: 'checkin_code', length: 6, nullable: true })
  checkinCode: string;

  @Column({ name: 'reminded_at', type: 'datetime', nullable: true })
  remindedAt: Date;
}
