import { sequelize } from '../db/sequelize';
import { CustomerRepository } from './CustomerRepository';
import { UserRepository } from './UserRepository';

export const customers = new CustomerRepository(sequelize);
export const users = new UserRepository();
