import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Invoice } from './Invoice';

@Entity({ name: 'suppliers' })
export class Supplier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column({ length: 2 })
  country: string;

  @Column({ name: 'vat_number', unique: true })
  vatNumber: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'catalog', type: 'jsonb', default: () => "'[]'" })
  catalog: unknown[];

  @OneToMany(() => Invoice, (invoice) => invoice.supplier)
  invoices: Invoice[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
