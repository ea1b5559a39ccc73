import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';

@Entity('lab_results')
export class LabResult {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'patient_id' })
  patientId: number;

  @Column({ name: 'order_no', length: 32 })
  orderNo: string;

  @Column({ name: 'test_code', length: 16 })
  testCode: string;

  @Column({ type: 'decimal', precision: 10, scale: 3, nullable: true })
  value: string;

  @Column({ length: 16, nullable: true })
  unit: string;

  @Column({ name: 'reference_range', length: 40, nullable: true })
  referenceRange: string;

  @Column({ name: 'attachment_path', nullable: true })
  attachmentPath: string;

  @Column({ name: 'collected_at', type: 'datetime' })
  collectedAt: Date;
}
