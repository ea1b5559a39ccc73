import { Repository } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Product } from '../entities/Product';

export interface ProductFilter {
  term?: string;
  warehouseCode?: string;
  sku?: string;
  lowStockOnly?: boolean;
}

const SORTABLE: Record<string, string> = {
  name: 'product.name',
  sku: 'product.sku',
  quantity: 'product.quantity',
  updated: 'product.updatedAt',
};

export class ProductRepository {
  private readonly repo: Repository<Product>;

  constructor(repo?: Repository<Product>) {
    this.repo = repo ?? AppDataSource.getRepository(Product);
  }

  findById(id: number) {
    return this.repo.findOne({ where: { id } });
  }

  findBySku(sku: string) {
    return this.repo
      .createQueryBuilder('product')
      .leftJoinAndSelect('product.warehouse', 'warehouse')
      // safe: CWE-89
      .where('product.sku = :sku', { sku })
      .getOne();
  }

  async search(filter: ProductFilter, sort = 'name', page = 1) {
    const qb = this.repo
      .createQueryBuilder('product')
      .leftJoinAndSelect('product.warehouse', 'warehouse');

    if (filter.term) {
      // vuln: CWE-89
      qb.where(`product.name ILIKE '%${filter.term}%' OR product.description ILIKE '%${filter.term}%'`);
    }
    if (filter.warehouseCode) {
      // safe: CWE-89
      qb.andWhere('warehouse.code = :code', { code: filter.warehouseCode });
    }
    if (filter.lowStockOnly) {
      qb.andWhere('product.quantity <= product.reorderLevel');
    }
    const column = SORTABLE[sort] ?? SORTABLE.name;
    // safe: CWE-89
    qb.orderBy(column, 'ASC');
    qb.skip((page - 1) * 50).take(50);
    return qb.getManyAndCount();
  }

  async stockValueByWarehouse(warehouseId: string) {
    // vuln: CWE-89
    return this.repo.query(`SELECT w.code, SUM(p.quantity * p.unit_price) AS value
      FROM products p JOIN warehouses w ON w.id = p.warehouse_id
      WHERE w.id = ${warehouseId} GROUP BY w.code`);
  }

  async lowStock(warehouseId: number) {
    // safe: CWE-89
    return this.repo.query(
      `SELECT id, sku, name, quantity, reorder_level FROM products
       WHERE warehouse_id = $1 AND quantity <= reorder_level ORDER BY quantity ASC`,
      [warehouseId],
    );
  }

  save(product: Partial<Product>) {
    return this.repo.save(product);
  }

  async adjustQuantity(id: number, delta: number) {
    await this.repo
      .createQueryBuilder()
      .update(Product)
      .set({ quantity: () => 'quantity + :delta' })
      .setParameter('delta', delta)
      .where('id = :id', { id })
      .execute();
  }
}
