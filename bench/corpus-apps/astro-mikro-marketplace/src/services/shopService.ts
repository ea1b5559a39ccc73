import type { EntityManager } from '@mikro-orm/postgresql';
import { Shop } from '../entities/Shop';
import { deepMerge, mergePreferences } from '../lib/merge';
import { redis } from '../lib/redis';
import { HttpError } from '../lib/errors';

export interface SitePreview {
  status: number;
  title: string | null;
  description: string | null;
}

function meta(html: string, name: string): string | null {
  const tag = html.slice(0, 200_000).match(new RegExp(`<meta[^>]{0,200}(?:name|property)="${name}"[^>]{0,200}>`, 'i'))?.[0];
  return tag?.match(/content="([^"]{0,500})"/i)?.[1] ?? null;
}

/** Fetches the seller's own website to show a link card on the shop page. */
export async function previewWebsite(websiteUrl: string): Promise<SitePreview> {
  const cacheKey = `preview:${Buffer.from(websiteUrl).toString('base64url')}`;
  const hit = await redis.get(cacheKey);
  if (hit) return JSON.parse(hit) as SitePreview;
  // vuln: CWE-918
  const res = await fetch(websiteUrl, { redirect: 'follow', headers: { 'User-Agent': 'MikroMarketBot/1.0' } });
  const html = await res.text();
  const preview = {
    status: res.status,
    title: html.match(/<title>([^<]{0,300})<\/title>/i)?.[1] ?? null,
    description: meta(html, 'og:description') ?? meta(html, 'description') ?? html.slice(0, 280),
  };
  await redis.set(cacheKey, JSON.stringify(preview), 'EX', 3600);
  return preview;
}

export async function updateSettings(em: EntityManager, shopId: number, patch: Record<string, unknown>) {
  const shop = await em.findOneOrFail(Shop, shopId);
  shop.settings = deepMerge({ ...shop.settings }, patch);
  await em.flush();
  return shop.settings;
}

export async function updateBuyerPreferences(current: Record<string, unknown>, patch: Record<string, unknown>) {
  return mergePreferences(structuredClone(current), patch);
}

export async function rename(em: EntityManager, shopId: number, name: string, slug: string) {
  const taken = await em.count(Shop, { slug, id: { $ne: shopId } });
  if (taken) throw new HttpError(409, 'slug already taken');
  await em.nativeUpdate(Shop, { id: shopId }, { name, slug });
}
