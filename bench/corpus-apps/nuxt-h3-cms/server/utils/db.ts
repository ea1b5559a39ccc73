import { Kysely, PostgresDialect, type Generated, type ColumnType } from 'kysely'
import pg from 'pg'
import postgres from 'postgres'

export interface UsersTable {
  id: Generated<number>
  email: string
  display_name: string
  password_hash: string
  role: 'admin' | 'editor' | 'author' | 'reader'
  website: string | null
  github: string | null
  bio: string | null
  created_at: ColumnType<Date, never, never>
}

export interface PagesTable {
  id: Generated<number>
  slug: string
  title: string
  excerpt: string | null
  body_md: string
  collection: string
  status: 'draft' | 'published' | 'archived'
  author_id: number
  published_at: Date | null
  updated_at: ColumnType<Date, never, Date>
}

export interface CommentsTable {
  id: Generated<number>
  page_id: number
  author_name: string
  body: string
  approved: boolean
  created_at: ColumnType<Date, never, never>
}

export interface SettingsTable {
  key: string
  value: unknown
}

export interface Database {
  users: UsersTable
  pages: PagesTable
  comments: CommentsTable
  settings: SettingsTable
}

let _db: Kysely<Database> | undefined
let _analytics: postgres.Sql | undefined

/** Main content database (Kysely over node-postgres). */
export function useDb(): Kysely<Database> {
  if (!_db) {
    const { databaseUrl } = useRuntimeConfig()
    _db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: databaseUrl, max: 10 })
      })
    })
  }
  return _db
}

/** Page-view warehouse; separate cluster, accessed with porsager/postgres. */
export function useAnalytics(): postgres.Sql {
  if (!_analytics) {
    const { analyticsUrl } = useRuntimeConfig()
    _analytics = postgres(analyticsUrl, { max: 5, idle_timeout: 30, prepare: true })
  }
  return _analytics
}
