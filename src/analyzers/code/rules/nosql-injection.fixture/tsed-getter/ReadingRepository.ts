import { Inject, Injectable } from '@tsed/di';
import { Db } from 'mongodb';

// The collection is read through an accessor: `this.readings` is what `get readings()` returns.
@Injectable()
export class ReadingRepository {
  @Inject('MONGO_DB')
  protected db: Db;

  private get readings() {
    return this.db.collection('readings');
  }

  async byMeter(criteria: { meter: any }) {
    const filter: Record<string, unknown> = { meter: criteria.meter };
    // ruleid: js/nosql-injection
    return this.readings.find(filter).toArray();
  }

  async byMeterName(meter: unknown) {
    // ok: js/nosql-injection
    return this.readings.find({ meter: String(meter) }).toArray();
  }
}
