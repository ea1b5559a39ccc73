import type { Filter } from 'mongodb';
import { catalogRepo, type CatalogDoc } from '../dao/catalog.repo';
import { invalid } from '../grpc/errors';

export interface CatalogView {
  asset_id: string;
  title: string;
  territory: string;
  tags: string[];
  status: string;
}

function toView(doc: CatalogDoc): CatalogView {
  return { asset_id: doc.assetId, title: doc.title, territory: doc.territory, tags: doc.tags, status: doc.status };
}

function clamp(limit: number): number {
  return Number.isInteger(limit) && limit > 0 ? Math.min(limit, 500) : 100;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class CatalogService {
  async *query(filterJson: string, limit: number): AsyncGenerator<CatalogView> {
    let filter: Filter<CatalogDoc>;
    try {
      filter = filterJson ? JSON.parse(filterJson) : {};
    } catch {
      throw invalid('filter_json is not valid JSON');
    }
    for await (const doc of catalogRepo.query(filter, clamp(limit))) {
      yield toView(doc);
    }
  }

  async *browse(territory: string, tags: string[], limit: number): AsyncGenerator<CatalogView> {
    if (!/^[A-Z]{2}$/.test(territory)) throw invalid('territory must be an ISO 3166 code');
    for await (const doc of catalogRepo.browse(territory, tags.slice(0, 10), clamp(limit))) {
      yield toView(doc);
    }
  }

  /** Titles in a territory matching a partner-supplied pattern (used by rights reconciliation). */
  async matchTitles(pattern: string, territory: string): Promise<string[]> {
    if (!pattern) throw invalid('pattern is required');
    const docs = await catalogRepo.titlesIn(territory).toArray();
    // vuln: CWE-400
    return docs.map((d) => d.title).filter((title) => new RegExp(pattern, 'i').test(title));
  }

  /** Same, for a literal phrase. */
  async containsPhrase(phrase: string, territory: string): Promise<string[]> {
    const docs = await catalogRepo.titlesIn(territory).toArray();
    // safe: CWE-400
    return docs.map((d) => d.title).filter((title) => new RegExp(escapeRegExp(phrase), 'i').test(title));
  }

  async suggest(prefix: string): Promise<string[]> {
    if (prefix.length < 2 || prefix.length > 64) return [];
    // safe: CWE-400
    const docs = await catalogRepo.titlesStartingWith(escapeRegExp(prefix)).toArray();
    return docs.map((d) => d.title);
  }
}

export const catalogService = new CatalogService();
