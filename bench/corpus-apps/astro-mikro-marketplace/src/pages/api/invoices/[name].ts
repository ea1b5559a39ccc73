import type { APIRoute } from 'astro';
import { readInvoice, readOwnInvoice } from '../../../services/invoiceService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

export const GET: APIRoute = async ({ params, url, locals }) => {
  const name = params.name ?? '';
  const token = url.searchParams.get('t');
  const pdf = token
    ? await readInvoice(name, token)
    : locals.user?.shopId
      ? await readOwnInvoice(locals.user.shopId, name)
      : null;
  if (!pdf) return jsonError(401, 'sign in or use the link from your e-mail');
  return new Response(pdf, {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="invoice.pdf"' },
  });
};
