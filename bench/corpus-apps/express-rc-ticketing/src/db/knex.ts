import Knex from 'knex';
import { Model } from 'objection';
import { config } from '../config';

export const knex = Knex({
  client: 'pg',
  connection: {
    host: config.db.host,
    port: config.db.port,
    database: config.db.database,
    user: config.db.user,
    password: config.db.password,
  },
  pool: { min: 2, max: 10 },
});

Model.knex(knex);
