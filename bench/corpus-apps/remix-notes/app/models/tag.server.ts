import { prisma } from '~/db.server';

export type TagCount = { name: string; count: number };

export function tagCounts(userId: string) {
  // safe: CWE-89
  return prisma.$queryRawUnsafe<TagCount[]>(
    'SELECT t.name, COUNT(nt."noteId")::int AS count FROM "Tag" t LEFT JOIN "NoteTag" nt ON nt."tagId" = t.id WHERE t."userId" = $1 GROUP BY t.name ORDER BY count DESC, t.name',
    userId,
  );
}

export function renameTag(userId: string, from: string, to: string) {
  // vuln: CWE-89
  return prisma.$executeRawUnsafe(`UPDATE "Tag" SET name = '${to}' WHERE "userId" = '${userId}' AND name = '${from}'`);
}

export function deleteTag(userId: string, name: string) {
  return prisma.tag.deleteMany({ where: { userId, name } });
}
