import type { Note, User } from '@prisma/client';
import { prisma } from '~/db.server';

export type { Note } from '@prisma/client';

export type NoteHit = { id: string; title: string; updatedAt: Date };

export function getNote({ id, userId }: Pick<Note, 'id'> & { userId: User['id'] }) {
  return prisma.note.findFirst({
    select: { id: true, title: true, body: true, sourceUrl: true, updatedAt: true, tags: { select: { tag: { select: { name: true } } } } },
    where: { id, userId },
  });
}

export function getNoteListItems({ userId }: { userId: User['id'] }) {
  return prisma.note.findMany({
    where: { userId },
    select: { id: true, title: true },
    orderBy: { updatedAt: 'desc' },
  });
}

export function createNote({
  title,
  body,
  sourceUrl,
  tags = [],
  userId,
}: Pick<Note, 'title' | 'body'> & { sourceUrl?: string | null; tags?: string[]; userId: User['id'] }) {
  return prisma.note.create({
    data: {
      title,
      body,
      sourceUrl: sourceUrl ?? null,
      user: { connect: { id: userId } },
      tags: {
        create: tags.map((name) => ({
          tag: { connectOrCreate: { where: { userId_name: { userId, name } }, create: { name, userId } } },
        })),
      },
    },
  });
}

export function deleteNote({ id, userId }: Pick<Note, 'id'> & { userId: User['id'] }) {
  return prisma.note.deleteMany({ where: { id, userId } });
}

/** Full-text-ish search over title and body, optionally restricted to one tag. */
export async function searchNotes(userId: string, q: string, tag?: string | null) {
  const tagFilter = tag
    ? `AND EXISTS (SELECT 1 FROM "NoteTag" nt JOIN "Tag" t ON t.id = nt."tagId" WHERE nt."noteId" = n.id AND t.name = '${tag}')`
    : '';
  // vuln: CWE-89
  return prisma.$queryRawUnsafe<NoteHit[]>(
    `SELECT n.id, n.title, n."updatedAt" FROM "Note" n
     WHERE n."userId" = $1 AND (n.title ILIKE '%${q}%' OR n.body ILIKE '%${q}%') ${tagFilter}
     ORDER BY n."updatedAt" DESC LIMIT 50`,
    userId,
  );
}

/** Title prefix lookup for the quick switcher. */
export async function searchTitles(userId: string, prefix: string) {
  const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
  // safe: CWE-89
  return prisma.$queryRaw<NoteHit[]>`SELECT id, title, "updatedAt" FROM "Note" WHERE "userId" = ${userId} AND title ILIKE ${pattern} ORDER BY title LIMIT 10`;
}

export async function importNotes(userId: string, notes: { title: string; body: string }[]) {
  return prisma.note.createMany({
    data: notes.map((n) => ({ title: n.title, body: n.body, userId })),
  });
}
