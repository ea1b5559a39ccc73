import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'webhooks' })
export class Webhook {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  event: 'stock.low' | 'stock.received';

  @Column()
  targetUrl: string;

  @Column()
  signingSecret: string;

  @Column({ default: true })
  active: boolean;
}
