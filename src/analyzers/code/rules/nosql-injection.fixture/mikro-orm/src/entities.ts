export class Product {
  id!: number;
  sku!: string;
  active!: boolean;
}
