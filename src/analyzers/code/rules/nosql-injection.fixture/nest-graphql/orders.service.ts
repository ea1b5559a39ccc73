import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { LRUCache } from 'lru-cache';
import { Order, OrderDocument } from './order.schema';

// The model is injected and known by its declared type (mongoose's Model), whatever its name.
@Injectable()
export class OrdersService {
  private readonly recent = new LRUCache<string, Order[]>({ max: 100 });

  constructor(@InjectModel(Order.name) private readonly orderRecords: Model<OrderDocument>, private readonly memo: LRUCache<string, Order>) {}

  search(where: Record<string, unknown>) {
    // A filter passed in whole becomes the query here, whoever built it: reported at this sink
    // (an object the caller builds, `search({ _id: req.body.id })`, is reported at that call).
    // ruleid: js/nosql-injection
    return this.orderRecords.find(where).limit(50).exec();
  }

  withNote(text: string) {
    // ruleid: js/nosql-injection
    return this.orderRecords.find({ $where: `this.note.indexOf('${text}') >= 0` }).exec();
  }

  byFields(fields: Record<string, unknown>) {
    // Called with fields of String arguments only: no operator can arrive.
    // ok: js/nosql-injection
    return this.orderRecords.find(fields).exec();
  }

  byStatus(status: string) {
    // ok: js/nosql-injection
    return this.orderRecords.find({ status: { $eq: status } }).exec();
  }

  remembered(key: string) {
    // Not a query: a cache's find() of another package.
    // ok: js/nosql-injection
    return this.memo.find((o) => o.ref === key);
  }
}
