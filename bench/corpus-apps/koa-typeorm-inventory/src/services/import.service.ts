import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { ProductRepository } from '../repositories/product.repository';
import { Product } from '../entities/Product';

type Row = Record<string, string>;

/**
 * Imports supplier CSV sheets. Column headers can address nested attributes with dots,
 * e.g. `attributes.color` or `attributes.dimensions.width`.
 */
function assignPath(target: any, dotted: string, value: unknown) {
  const parts = dotted.split('.');
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part];
  }
  // vuln: CWE-1321
  node[parts[parts.length - 1]] = value;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function assignPathChecked(target: Record<string, any>, dotted: string, value: unknown) {
  const parts = dotted.split('.');
  if (parts.some((p) => BLOCKED.has(p))) return;
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(node, part)) node[part] = Object.create(null);
    node = node[part];
  }
  // safe: CWE-1321
  node[parts[parts.length - 1]] = value;
}

export class ImportService {
  constructor(private readonly products: ProductRepository) {}

  async importSupplierSheet(filePath: string, warehouseId: number) {
    const parser = createReadStream(filePath).pipe(parse({ columns: true, trim: true, skip_empty_lines: true }));
    let count = 0;
    for await (const row of parser as AsyncIterable<Row>) {
      const draft: any = { warehouse: { id: warehouseId } };
      for (const [header, value] of Object.entries(row)) {
        assignPath(draft, header, value);
      }
      draft.quantity = Number(draft.quantity ?? 0);
      await this.products.save(draft as Partial<Product>);
      count++;
    }
    return { imported: count };
  }

  async importStocktake(filePath: string) {
    const parser = createReadStream(filePath).pipe(parse({ columns: true, trim: true }));
    const counts: Record<string, any> = Object.create(null);
    for await (const row of parser as AsyncIterable<Row>) {
      for (const [header, value] of Object.entries(row)) {
        if (header === 'sku') continue;
        assignPathChecked(counts, `${row.sku}.${header}`, value);
      }
    }
    return counts;
  }
}
