import { pool } from '../db/pool';
import { db } from '../db/knex';
import { UserRepository } from './UserRepository';
import { ReportRepository } from './ReportRepository';
import { InvoiceRepository } from './InvoiceRepository';

export const userRepository = new UserRepository(pool);
export const reportRepository = new ReportRepository(db);
export const invoiceRepository = new InvoiceRepository();
