import { MongoClient, type Collection, type Filter } from 'mongodb';
import { config } from '../config';

export interface CatalogDoc {
  assetId: string;
  partnerId: string;
  title: string;
  territory: string;
  tags: string[];
  status: 'draft' | 'embargoed' | 'published' | 'withdrawn';
  embargoUntil?: Date;
  upload?: { key: string; bytes: number; at: Date };
  probedAt?: Date;
}

const client = new MongoClient(config.mongo.url, { maxPoolSize: 20 });

export async function connectMongo(): Promise<void> {
  await client.connect();
}

export class CatalogRepo {
  private get entries(): Collection<CatalogDoc> {
    return client.db(config.mongo.database).collection<CatalogDoc>('entries');
  }

  /** Partner-built filter over the published catalogue. */
  query(filter: Filter<CatalogDoc>, limit: number) {
    // vuln: CWE-943
    return this.entries.find({ status: 'published', ...filter }).limit(limit);
  }

  browse(territory: string, tags: string[], limit: number) {
    const filter: Filter<CatalogDoc> = { status: 'published', territory: String(territory) };
    if (tags.length > 0) {
      filter.tags = { $all: tags.map(String) };
    }
    // safe: CWE-943
    return this.entries.find(filter).limit(limit);
  }

  titlesIn(territory: string) {
    return this.entries
      .find({ status: 'published', territory: String(territory) }, { projection: { title: 1, _id: 0 } })
      .limit(5000);
  }

  titlesStartingWith(escapedPrefix: string) {
    return this.entries
      .find({ status: 'published', title: { $regex: `^${escapedPrefix}`, $options: 'i' } }, { projection: { title: 1 } })
      .limit(20);
  }

  /** Upload announced on the ingest queue. */
  async attachUpload(assetId: string, partnerId: string, upload: { key: string; bytes: number }): Promise<boolean> {
    // vuln: CWE-943
    const res = await this.entries.updateOne({ assetId, partnerId }, { $set: { upload: { ...upload, at: new Date() } } });
    return res.matchedCount > 0;
  }

  async markProbed(assetId: string): Promise<void> {
    // safe: CWE-943
    await this.entries.updateOne({ assetId: String(assetId) }, { $set: { probedAt: new Date() } });
  }
}

export const catalogRepo = new CatalogRepo();
