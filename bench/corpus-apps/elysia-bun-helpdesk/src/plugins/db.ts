import { Elysia } from 'elysia'
import { db } from '../db/sqlite'
import { sql } from '../db/postgres'
import { TicketRepository } from '../repositories/ticket-repository'
import { CustomerRepository } from '../repositories/customer-repository'
import { ReportRepository } from '../repositories/report-repository'

/** Shared handles: the SQLite database, the reporting Postgres, and class repositories. */
export const dbPlugin = new Elysia({ name: 'deskline/db' })
  .decorate('db', db)
  .decorate('pg', sql)
  .decorate('tickets', new TicketRepository(db))
  .decorate('customers', new CustomerRepository(db))
  .decorate('reports', new ReportRepository(sql))
  .state('startedAt', Date.now())
  .state('liveConnections', 0)
