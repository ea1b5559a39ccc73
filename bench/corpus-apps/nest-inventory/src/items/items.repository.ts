import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Item } from './item.entity';

@Injectable()
export class ItemsRepository extends Repository<Item> {
  constructor(private readonly dataSource: DataSource) {
    super(Item, dataSource.createEntityManager());
  }

  searchByName(term: string): Promise<Item[]> {
    // vuln: CWE-89
    return this.query(`SELECT * FROM item WHERE name ILIKE '%${term}%' ORDER BY name LIMIT 100`);
  }

  searchByNameSafe(term: string): Promise<Item[]> {
    // safe: CWE-89
    return this.query('SELECT * FROM item WHERE name ILIKE $1 ORDER BY name LIMIT 100', [`%${term}%`]);
  }

  findBySku(sku: string): Promise<Item | null> {
    return this.createQueryBuilder('item')
      // vuln: CWE-89
      .where(`item.sku = '${sku}'`)
      .getOne();
  }

  findBySkuSafe(sku: string): Promise<Item | null> {
    // safe: CWE-89
    return this.createQueryBuilder('item').where('item.sku = :sku', { sku }).getOne();
  }

  stockByWarehouse(warehouse: string) {
    return this.dataSource
      .createQueryBuilder()
      .select('item.warehouse', 'warehouse')
      .addSelect('SUM(item.quantity)', 'total')
      .from(Item, 'item')
      // vuln: CWE-89
      .where(`item.warehouse = '${warehouse}'`)
      .groupBy('item.warehouse')
      .getRawMany();
  }

  lowStock(threshold: number) {
    // safe: CWE-89
    return this.find({ where: { quantity: threshold }, take: 50 });
  }
}
