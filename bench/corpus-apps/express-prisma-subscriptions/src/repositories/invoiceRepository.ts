import { prisma } from '../lib/prisma';

export const invoiceRepository = {
  findForAccount(accountId: string, id: string) {
    return prisma.invoice.findFirst({ where: { id, accountId } });
  },

  listForAccount(accountId: string, take = 50) {
    return prisma.invoice.findMany({ where: { accountId }, orderBy: { issuedAt: 'desc' }, take });
  },

  findByNumber(accountId: string, number: string) {
    return prisma.invoice.findFirst({ where: { accountId, number } });
  },
};
