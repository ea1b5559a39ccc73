import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import libxmljs from 'libxmljs2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../entities/Product';
import { Shop } from '../entities/Shop';
import { HttpError } from '../lib/errors';

interface ImportRow {
  sku: string;
  title: string;
  category: string;
  priceCents: number;
  description: string;
}

const MAX_ROWS = 2000;

function fromCsv(text: string): ImportRow[] {
  const records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, to: MAX_ROWS }) as Record<string, string>[];
  return records.map((r) => ({
    sku: r.sku,
    title: r.title,
    category: r.category,
    priceCents: Math.round(Number(r.price) * 100),
    description: r.description ?? '',
  }));
}

/** Etsy-style catalogue export (`<catalog><item>…</item></catalog>`). */
function fromCatalogXml(text: string): ImportRow[] {
  // vuln: CWE-611
  const doc = libxmljs.parseXml(text, { noent: true, nocdata: true });
  return doc.find('//item').slice(0, MAX_ROWS).map((item) => ({
    sku: item.get('sku')?.text() ?? '',
    title: item.get('title')?.text() ?? '',
    category: item.get('category')?.text() ?? 'misc',
    priceCents: Math.round(Number(item.get('price')?.text() ?? 0) * 100),
    description: item.get('description')?.text() ?? '',
  }));
}

/** Shopify-style product feed; fast-xml-parser does not resolve external entities. */
function fromFeedXml(text: string): ImportRow[] {
  const parser = new XMLParser({ ignoreAttributes: true, processEntities: false });
  const feed = parser.parse(text) as { rss?: { channel?: { item?: Record<string, string>[] } } };
  const items = feed.rss?.channel?.item ?? [];
  return items.slice(0, MAX_ROWS).map((i) => ({
    sku: String(i['g:id'] ?? ''),
    title: String(i.title ?? ''),
    category: String(i['g:product_type'] ?? 'misc'),
    priceCents: Math.round(parseFloat(String(i['g:price'] ?? '0')) * 100),
    description: String(i.description ?? ''),
  }));
}

export async function importCatalog(em: EntityManager, shopId: number, file: File): Promise<number> {
  const text = await file.text();
  let rows: ImportRow[];
  if (file.name.endsWith('.csv')) rows = fromCsv(text);
  else if (text.includes('<rss')) rows = fromFeedXml(text);
  else if (file.name.endsWith('.xml')) rows = fromCatalogXml(text);
  else throw new HttpError(415, 'upload a .csv or .xml file');

  const shop = em.getReference(Shop, shopId);
  for (const row of rows) {
    if (!row.sku || !Number.isFinite(row.priceCents)) continue;
    em.create(Product, {
      sku: row.sku.slice(0, 40),
      title: { en: row.title.slice(0, 200) },
      category: row.category.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 40),
      priceCents: row.priceCents,
      description: row.description,
      shop,
      tags: [],
      active: false,
      createdAt: new Date(),
    });
  }
  await em.flush();
  return rows.length;
}
