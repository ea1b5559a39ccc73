import { Database } from 'bun:sqlite'
import { config } from '../config'

export function openDatabase(path = config.sqlitePath): Database {
  const db = new Database(path, { create: true })
  db.exec('PRAGMA journal_mode = WAL;')
  db.exec('PRAGMA foreign_keys = ON;')
  return db
}

export const db = openDatabase()
export type Db = Database
