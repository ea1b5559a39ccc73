export class Order {
  id!: number;
  note!: string;
  email!: string;
  quantity!: number;
}
