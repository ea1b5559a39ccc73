import type { Collection } from 'mongodb';
import { mongoDb } from '../db';
import { escapeRegExp } from '~/lib/validators';

export interface Review {
  clinicId: number;
  clinicSlug: string;
  author: string;
  service: string;
  rating: number;
  body: string;
  createdAt: Date;
}

async function reviews(): Promise<Collection<Review>> {
  return (await mongoDb()).collection<Review>('reviews');
}

export async function reviewsForClinic(clinicId: number, minRating: number): Promise<Review[]> {
  // safe: CWE-943
  return (await reviews()).find({ clinicId: Number(clinicId), rating: { $gte: minRating } }).sort({ createdAt: -1 }).limit(50).toArray();
}

export async function searchReviewText(phrase: string): Promise<Review[]> {
  const needle = phrase.toLowerCase();
  // vuln: CWE-943
  return (await reviews()).find({ $where: `this.body.toLowerCase().indexOf('${needle}') !== -1` }).limit(30).toArray();
}

export async function reviewsByService(service: string): Promise<Review[]> {
  // vuln: CWE-943, CWE-400
  return (await reviews()).find({ service: { $regex: service, $options: 'i' } }).limit(30).toArray();
}

export async function reviewsByAuthor(author: string): Promise<Review[]> {
  // safe: CWE-943
  return (await reviews()).find({ author: { $regex: `^${escapeRegExp(author)}`, $options: 'i' } }).limit(30).toArray();
}

export async function reviewsMentioning(phrase: string): Promise<Review[]> {
  // safe: CWE-943
  return (await reviews()).find({ $text: { $search: String(phrase) } }).limit(30).toArray();
}
