// A RedwoodJS service: each export resolves the SDL field of its name and gets the field's arguments
// first; `src/lib/db` is `api/src/lib/db` (Redwood's `src/` alias), which re-exports Prisma.
import type { QueryResolvers } from 'types/graphql'

import { db, Prisma } from 'src/lib/db'

export const searchPosts: QueryResolvers['searchPosts'] = async ({ input }) => {
  // ruleid: js/sql-injection
  const rows = await db.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE title ILIKE '%${input.term}%'`)
  // ok: js/sql-injection
  const firstPage = await db.$queryRawUnsafe(`SELECT id, title FROM "Post" LIMIT ${input.limit}`)
  // ruleid: js/sql-injection
  const sorted = await db.$queryRaw`SELECT id, title FROM "Post" WHERE title ILIKE ${input.term} ORDER BY ${Prisma.raw(input.sortColumn)}`
  return [...rows, ...firstPage, ...sorted]
}

export const postsByAuthor: QueryResolvers['postsByAuthor'] = ({ authorId, tag }) => {
  // ok: js/sql-injection
  db.$executeRawUnsafe(`UPDATE "Author" SET "lastViewed" = now() WHERE id = ${authorId}`)
  // ruleid: js/sql-injection
  return db.$queryRawUnsafe(`SELECT * FROM "Post" WHERE "authorId" = $1 AND '${tag}' = ANY(tags)`, authorId)
}
