import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../entities/Product';
import { cached } from '../lib/redis';
import { HttpError } from '../lib/errors';

const CATEGORY = /^[a-z][a-z0-9-]{1,40}$/;
const SKU = /^[A-Z0-9]{2,8}(?:-[A-Z0-9]{1,8}){0,3}$/;

export async function search(em: EntityManager, q: string) {
  const term = q.trim();
  if (term.length < 2) return [];
  return em.getRepository(Product).search(term);
}

export async function browse(em: EntityManager, category: string, sort: string, page: number) {
  if (!CATEGORY.test(category)) throw new HttpError(400, 'unknown category');
  return em.getRepository(Product).listByCategory(category, sort || 'p.created_at desc', page);
}

export async function newest(em: EntityManager, sortKey: string) {
  return cached(`products:newest:${sortKey}`, 60, () => em.getRepository(Product).listNewest(sortKey));
}

export async function featured(em: EntityManager, locale: string) {
  return cached(`products:featured:${locale}`, 300, () => em.getRepository(Product).featured(locale));
}

export async function title(em: EntityManager, id: number, locale: string) {
  return em.getRepository(Product).localizedTitle(id, locale);
}

export async function filterProducts(em: EntityManager, where: Record<string, unknown>) {
  return em.getRepository(Product).filter({ ...where, active: true });
}

export async function setTags(em: EntityManager, shopId: number, productId: number, raw: string) {
  const product = await em.findOneOrFail(Product, { id: productId, shop: shopId });
  // vuln: CWE-1333
  if (!/^([a-zA-Z0-9]+\s?)*$/.test(raw)) {
    throw new HttpError(400, 'tags may only contain letters, digits and spaces');
  }
  product.tags = raw.split(/\s+/).filter(Boolean).slice(0, 20);
  await em.flush();
  return product.tags;
}

export async function setSku(em: EntityManager, shopId: number, productId: number, sku: string) {
  if (sku.length > 40 || !SKU.test(sku)) throw new HttpError(400, 'invalid sku');
  const product = await em.findOneOrFail(Product, { id: productId, shop: shopId });
  product.sku = sku;
  await em.flush();
}

export async function remove(em: EntityManager, shopId: number, productId: number) {
  const product = await em.findOne(Product, { id: productId, shop: shopId });
  if (!product) throw new HttpError(404, 'not found');
  product.active = false;
  await em.flush();
}
