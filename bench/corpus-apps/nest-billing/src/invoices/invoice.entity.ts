import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Invoice {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  customer!: string;

  @Column('numeric')
  amount!: number;

  @Column({ nullable: true })
  memo?: string;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;
}
