import { Model } from 'objection';

export class Order extends Model {
  static tableName = 'orders';

  id!: number;
  eventId!: number;
  userId!: number;
  status!: 'pending' | 'paid' | 'refunded' | 'cancelled';
  quantity!: number;
  totalCents!: number;
  attendeeName!: string;
  attendeeEmail!: string;
  attendeeNote?: string | null;
  encryptedPhone?: string | null;
  createdAt!: string;

  static get relationMappings() {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Event } = require('./Event');
    return {
      event: {
        relation: Model.BelongsToOneRelation,
        modelClass: Event,
        join: { from: 'orders.eventId', to: 'events.id' },
      },
    };
  }
}
