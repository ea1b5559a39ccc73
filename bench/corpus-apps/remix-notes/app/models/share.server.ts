import { prisma } from '~/db.server';

function shareToken(): string {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 10);
}

export async function shareNote(noteId: string, userId: string) {
  const note = await prisma.note.findFirst({ where: { id: noteId, userId }, select: { id: true } });
  if (!note) return null;
  return prisma.share.create({ data: { token: shareToken(), noteId: note.id } });
}

export async function getSharedNote(token: string) {
  const share = await prisma.share.findUnique({
    where: { token },
    include: { note: { select: { title: true, body: true, sourceUrl: true, updatedAt: true } } },
  });
  if (!share) return null;
  await prisma.share.update({ where: { token }, data: { views: { increment: 1 } } });
  return share.note;
}

export async function revokeShares(noteId: string, userId: string) {
  return prisma.share.deleteMany({ where: { noteId, note: { userId } } });
}
