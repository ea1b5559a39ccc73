import { Model } from 'objection';

export class Event extends Model {
  static tableName = 'events';

  id!: number;
  organizerId!: number;
  slug!: string;
  title!: string;
  description!: string;
  venue!: string;
  city!: string;
  startsAt!: string;
  capacity!: number;
  bannerFile?: string | null;
  confirmationTemplate?: string | null;
  settings!: Record<string, unknown>;

  static get jsonAttributes() {
    return ['settings'];
  }

  static get relationMappings() {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Order } = require('./Order');
    return {
      orders: {
        relation: Model.HasManyRelation,
        modelClass: Order,
        join: { from: 'events.id', to: 'orders.eventId' },
      },
    };
  }
}
