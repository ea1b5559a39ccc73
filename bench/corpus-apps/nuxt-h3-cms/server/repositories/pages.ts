import { sql } from 'kysely'

const SORTABLE = {
  updated: 'updated_at',
  published: 'published_at',
  title: 'title'
} as const

export interface ListPagesOptions {
  collection?: string
  sort?: string
  dir?: string
  page: number
  perPage: number
}

export async function listPublishedPages({ collection, sort, dir, page, perPage }: ListPagesOptions) {
  const column = sort && Object.hasOwn(SORTABLE, sort) ? SORTABLE[sort as keyof typeof SORTABLE] : 'published_at'
  let query = useDb()
    .selectFrom('pages')
    .select(['id', 'slug', 'title', 'excerpt', 'collection', 'published_at'])
    .where('status', '=', 'published')
  if (collection) {
    query = query.where('collection', '=', collection)
  }
  // safe: CWE-89
  return query
    .orderBy(column, dir === 'asc' ? 'asc' : 'desc')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute()
}

/**
 * Collection landing pages let the editor choose the ordering in the page's front matter,
 * e.g. `order: "published_at desc, title"`, and the collection widget passes it through ?order=.
 */
export async function pagesInCollection(collection: string, order: string) {
  return useDb()
    .selectFrom('pages')
    .select(['id', 'slug', 'title', 'excerpt', 'published_at'])
    .where('collection', '=', collection)
    .where('status', '=', 'published')
    // vuln: CWE-89
    .orderBy(sql.raw(order))
    .limit(50)
    .execute()
}

export async function findPageBySlug(slug: string) {
  return useDb()
    .selectFrom('pages')
    .innerJoin('users', 'users.id', 'pages.author_id')
    .select([
      'pages.id', 'pages.slug', 'pages.title', 'pages.body_md', 'pages.status', 'pages.published_at',
      'users.display_name as authorName', 'users.website as authorWebsite', 'users.github as authorGithub', 'users.bio as authorBio'
    ])
    .where('pages.slug', '=', slug)
    .executeTakeFirst()
}

export async function searchPublished(term: string) {
  // safe: CWE-89
  return useDb()
    .selectFrom('pages')
    .select(['slug', 'title', 'excerpt'])
    .where('status', '=', 'published')
    .where(sql<boolean>`to_tsvector('english', title || ' ' || body_md) @@ plainto_tsquery('english', ${term})`)
    .limit(100)
    .execute()
}

export async function approvedComments(pageId: number) {
  return useDb()
    .selectFrom('comments')
    .select(['id', 'author_name', 'body', 'created_at'])
    .where('page_id', '=', pageId)
    .where('approved', '=', true)
    .orderBy('created_at', 'asc')
    .execute()
}

export async function findUserByEmail(email: string) {
  return useDb()
    .selectFrom('users')
    .select(['id', 'email', 'role', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst()
}
