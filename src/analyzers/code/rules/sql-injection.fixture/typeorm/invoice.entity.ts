import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Invoice {
  @PrimaryGeneratedColumn() id!: number;
  @Column() customer!: string;
  @Column() amount!: number;
}
