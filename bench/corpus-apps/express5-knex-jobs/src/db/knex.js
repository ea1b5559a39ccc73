import fs from 'node:fs'
import knexFactory from 'knex'
import { config } from '../config/index.js'

const ssl = config.db.caFile
  ? { rejectUnauthorized: true, ca: fs.readFileSync(config.db.caFile, 'utf8') }
  : false

export const knex = knexFactory({
  client: 'pg',
  connection: {
    host: config.db.host,
    port: config.db.port,
    user: config.db.user,
    password: config.db.password,
    database: config.db.database,
    ssl,
  },
  pool: { min: 2, max: 10 },
})
