import { cached, invalidate, redis } from '../lib/cache';
import { ProductFilter, ProductRepository } from '../repositories/product.repository';
import { Product } from '../entities/Product';

const TAG_LIST = /^(\w+\s?)+$/;
const SAFE_TAG_LIST = /^[\w ]{1,200}$/;

export class ProductService {
  constructor(private readonly products: ProductRepository) {}

  async search(filter: ProductFilter, sort?: string, page?: number) {
    const key = `search:${filter.warehouseCode ?? '*'}:${filter.term ?? ''}:${sort}:${page}`;
    const [items, total] = await cached(key, 30, () => this.products.search(filter, sort, page));
    return { items, total };
  }

  bySku(sku: string) {
    return cached(`sku:${sku}`, 300, () => this.products.findBySku(sku));
  }

  stockValue(warehouseId: string) {
    return this.products.stockValueByWarehouse(warehouseId);
  }

  lowStock(warehouseId: number) {
    return this.products.lowStock(warehouseId);
  }

  async updateTags(product: Product, tags: string) {
    // vuln: CWE-1333
    if (!TAG_LIST.test(tags)) {
      throw Object.assign(new Error('Tags must be words separated by spaces'), { status: 422 });
    }
    product.attributes = { ...product.attributes, tags: tags.split(' ') };
    await this.products.save(product);
    await redis.del(`sku:${product.sku}`);
  }

  async updateKeywords(product: Product, keywords: string) {
    // safe: CWE-1333
    if (!SAFE_TAG_LIST.test(keywords)) {
      throw Object.assign(new Error('Keywords must be words separated by spaces'), { status: 422 });
    }
    product.attributes = { ...product.attributes, keywords: keywords.trim().split(/ +/) };
    await this.products.save(product);
    await invalidate(`search:*`);
  }

  async receive(id: number, qty: number) {
    await this.products.adjustQuantity(id, qty);
    const product = await this.products.findById(id);
    if (product) await redis.del(`sku:${product.sku}`);
    return product;
  }
}
