import { Inject, Injectable } from "@tsed/di";
import { ObjectId } from "mongodb";
import { MONGO_DB } from "../datasources/MongoDatasource";

export interface StockEvent {
  _id?: ObjectId;
  sku: string;
  location: string;
  delta: number;
  operator: string;
  at: Date;
}

@Injectable()
export class StockEventRepository {
  @Inject(MONGO_DB)
  protected db: MONGO_DB;

  private get events() {
    return this.db.collection<StockEvent>("stock_events");
  }

  async record(event: Omit<StockEvent, "_id" | "at">) {
    await this.events.insertOne({ ...event, at: new Date() });
  }

  // Body comes straight from the scanner app: { sku, location }.
  async history(criteria: { sku: any; location?: any }) {
    const query: Record<string, unknown> = { sku: criteria.sku };
    if (criteria.location) query.location = criteria.location;
    // vuln: CWE-943
    return this.events.find(query).sort({ at: -1 }).limit(500).toArray();
  }

  async forOperator(operator: string, from?: string) {
    const query: Record<string, unknown> = { operator: String(operator) };
    if (from) query.at = { $gte: new Date(String(from)) };
    // safe: CWE-943
    return this.events.find(query).sort({ at: -1 }).limit(200).toArray();
  }

  async byId(id: string) {
    return this.events.findOne({ _id: new ObjectId(id) });
  }
}
