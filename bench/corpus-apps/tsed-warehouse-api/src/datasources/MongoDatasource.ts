import { registerProvider } from "@tsed/di";
import { Db, MongoClient } from "mongodb";
import { envs } from "../config/envs";

export const MONGO_DB = Symbol.for("MONGO_DB");
export type MONGO_DB = Db;

registerProvider<Db>({
  provide: MONGO_DB,
  async useAsyncFactory() {
    const client = new MongoClient(envs.mongoUrl);
    await client.connect();
    return client.db("warehouse_events");
  }
});
