import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Warehouse } from './Warehouse';

@Entity({ name: 'products' })
export class Product {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  sku: string;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 0 })
  quantity: number;

  @Column({ type: 'int', default: 5 })
  reorderLevel: number;

  @Column({ type: 'numeric', precision: 10, scale: 2, default: 0 })
  unitPrice: string;

  @Column({ type: 'jsonb', default: {} })
  attributes: Record<string, unknown>;

  @ManyToOne(() => Warehouse, (w) => w.products, { eager: true })
  warehouse: Warehouse;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
