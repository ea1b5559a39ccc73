import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type Role = 'buyer' | 'finance' | 'admin';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  email: string;

  @Column()
  name: string;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Column({ name: 'approval_pin_hash', type: 'varchar', nullable: true })
  approvalPinHash: string | null;

  @Column({ name: 'reset_token_hash', type: 'varchar', nullable: true })
  resetTokenHash: string | null;

  @Column({ name: 'email_verified', default: false })
  emailVerified: boolean;

  @Column({ type: 'varchar', default: 'buyer' })
  role: Role;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
