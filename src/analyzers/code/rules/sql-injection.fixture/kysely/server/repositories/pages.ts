import { CompiledQuery, Kysely, sql } from 'kysely'

declare const db: Kysely<any>

export async function pagesInCollection(collection: string, order: string) {
  return db
    .selectFrom('pages')
    .select(['id', 'title'])
    .where('collection', '=', collection)
    // sql.raw splices the text in unescaped; the builder binds everything else.
    // ruleid: js/sql-injection
    .orderBy(sql.raw(order))
    .execute()
}

export async function searchPages(term: string) {
  return db
    .selectFrom('pages')
    .select(['id', 'title'])
    // The sql tag binds what it embeds.
    // ok: js/sql-injection
    .where(sql<boolean>`to_tsvector(title) @@ plainto_tsquery(${term})`)
    // ok: js/sql-injection
    .orderBy(sql.raw('published_at desc'))
    .execute()
}

export async function pagesByTitle(title: string) {
  // CompiledQuery.raw runs its text as written: only its parameter list is bound.
  // ruleid: js/sql-injection
  const found = await db.executeQuery(CompiledQuery.raw(`SELECT id FROM pages WHERE title ILIKE '%${title}%'`))
  return found.rows
}

export async function pagesBySlug(slug: string) {
  // ok: js/sql-injection
  const found = await db.executeQuery(CompiledQuery.raw('SELECT id FROM pages WHERE slug = $1', [slug]))
  return found.rows
}
