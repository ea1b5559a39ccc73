import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  email: string;

  @Column()
  passwordHash: string;

  @Column({ nullable: true })
  legacyPinHash: string | null;

  @Column({ default: 'clerk' })
  role: 'clerk' | 'manager' | 'admin';

  @Column({ type: 'varchar', nullable: true })
  resetToken: string | null;
}
