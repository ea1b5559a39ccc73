import {Entity, model, property} from '@loopback/repository';

@model({settings: {postgresql: {table: 'rma'}}})
export class Rma extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'string', required: true})
  serial: string;

  @property({type: 'number', required: true})
  customerId: number;

  @property({type: 'string', default: 'open'})
  status?: string;

  @property({type: 'string'})
  reason?: string;

  @property({type: 'string'})
  notes?: string;

  @property({type: 'date'})
  createdAt?: string;

  constructor(data?: Partial<Rma>) {
    super(data);
  }
}

@model({settings: {postgresql: {table: 'customer'}}})
export class Customer extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'string', required: true})
  email: string;

  @property({type: 'string'})
  name?: string;

  @property({type: 'string'})
  region?: string;

  @property({type: 'string', hidden: true})
  passwordHash?: string;

  @property({type: 'string', hidden: true})
  dealerPinHash?: string;

  constructor(data?: Partial<Customer>) {
    super(data);
  }
}
