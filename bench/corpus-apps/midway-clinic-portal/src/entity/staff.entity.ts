import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';

@Entity('staff_users')
export class StaffUser {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  username: string;

  @Column({ name: 'password_hash', select: false })
  passwordHash: string;

  @Column()
  role: 'doctor' | 'nurse' | 'frontdesk' | 'admin';

  @Column({ name: 'clinic_id' })
  clinicId: number;

  @Column({ default: true })
  active: boolean;
}
