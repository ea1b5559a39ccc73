import { Injectable, NotFoundException } from '@nestjs/common';
import { ItemsRepository } from './items.repository';

@Injectable()
export class ItemsService {
  constructor(private readonly items: ItemsRepository) {}

  search(term: string, strict: boolean) {
    return strict ? this.items.searchByNameSafe(term) : this.items.searchByName(term);
  }

  async bySku(sku: string) {
    const item = await this.items.findBySku(sku);
    if (!item) throw new NotFoundException();
    return item;
  }

  async bySkuSafe(sku: string) {
    const item = await this.items.findBySkuSafe(sku);
    if (!item) throw new NotFoundException();
    return item;
  }

  stock(warehouse: string) {
    return this.items.stockByWarehouse(warehouse);
  }

  async byId(id: number) {
    // safe: CWE-89
    const item = await this.items.findOne({ where: { id } });
    if (!item) throw new NotFoundException();
    return item;
  }
}
