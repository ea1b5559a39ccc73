import { z } from 'zod';

export const idParams = z.object({ id: z.string().uuid() });

export const invoiceListQuery = z.object({
  status: z.enum(['draft', 'submitted', 'approved', 'paid', 'rejected']).optional(),
  sort: z.enum(['createdAt', 'dueDate', 'amount']).default('createdAt'),
  order: z.enum(['ASC', 'DESC']).default('DESC'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type InvoiceListQuery = z.infer<typeof invoiceListQuery>;

export const supplierReportQuery = z.object({
  country: z.string().length(2).optional(),
  sortBy: z.string().max(40).default('total_spend'),
});
export type SupplierReportQuery = z.infer<typeof supplierReportQuery>;

export const loginBody = z.object({ email: z.string().email(), password: z.string().min(8).max(128) });
export type LoginBody = z.infer<typeof loginBody>;

export const registerBody = loginBody.extend({ name: z.string().min(1).max(120) });
export type RegisterBody = z.infer<typeof registerBody>;

export const resetBody = z.object({ email: z.string().email() });

export const approvalPinBody = z.object({ pin: z.string().regex(/^\d{6}$/) });

export const catalogSyncBody = z.object({ catalogUrl: z.string().url() });

export const partnerParams = z.object({ partnerId: z.string().uuid() });

export const reportBody = z.object({
  title: z.string().min(1).max(200),
  period: z.enum(['month', 'quarter', 'year']),
});
export type ReportBody = z.infer<typeof reportBody>;
