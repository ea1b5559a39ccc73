export class Staff {
  id!: number;
  username!: string;
  active!: boolean;
}

export class Account {
  id!: string;
  username!: string;
}
