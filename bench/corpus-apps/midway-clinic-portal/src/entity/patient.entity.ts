import { Entity, Column, PrimaryGeneratedColumn, CreateDateColumn, UpdateDateColumn } from 'typeorm';

@Entity('patients')
export class Patient {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'clinic_id' })
  clinicId: number;

  @Column({ length: 20, unique: true })
  mrn: string;

  @Column({ name: 'first_name' })
  firstName: string;

  @Column({ name: 'last_name' })
  lastName: string;

  @Column({ unique: true })
  email: string;

  @Column({ nullable: true })
  phone: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'ssn_enc', nullable: true, select: false })
  ssnEncrypted: string;

  @Column({ name: 'password_hash', select: false })
  passwordHash: string;

  @Column({ name: 'password_salt', select: false })
  passwordSalt: string;

  @Column({ name: 'reset_code', nullable: true, select: false })
  resetCode: string;

  @Column({ name: 'reset_expires', type: 'datetime', nullable: true, select: false })
  resetExpires: Date;

  @Column({ type: 'json', nullable: true })
  preferences: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
