import { join } from 'node:path';
import { appendChained, readChain, type Chained } from './chain.js';
import { cleanLabel } from './ai-tools.js';

/**
 * The review trail, `.vouch/reviews.jsonl`: one hash-chained record per sign-off on AI-written
 * changes. It names the reviewer, what was reviewed (commits and the SHA-256 of each file's
 * content), the checklist answers and the findings the reviewer acknowledged (by fingerprint).
 */
export type ChecklistAnswer = 'yes' | 'no' | 'n/a';

export interface ReviewEntry {
  v: 1;
  type: 'review';
  reviewer: { name?: string; email?: string; handle?: string };
  at: string;
  /** The range the reviewer asked for, as typed ("main..HEAD"), for the reader. */
  range?: string;
  commits: string[];
  files: { path: string; sha256: string }[];
  checklist: { item: string; answer: ChecklistAnswer; note?: string }[];
  acknowledged: string[];
  note?: string;
}

export type ReviewRecord = ReviewEntry & Chained;

export const REVIEWS_FILE = '.vouch/reviews.jsonl';

export function reviewsPath(top: string): string {
  return join(top, REVIEWS_FILE);
}

export function appendReview(top: string, entry: Omit<ReviewEntry, 'v' | 'type'>): ReviewRecord {
  const clean: ReviewEntry = {
    v: 1,
    type: 'review',
    reviewer: {
      name: entry.reviewer.name ? cleanLabel(entry.reviewer.name, 80) : undefined,
      email: entry.reviewer.email ? cleanLabel(entry.reviewer.email, 120) : undefined,
      handle: entry.reviewer.handle ? cleanLabel(entry.reviewer.handle.replace(/^@/, ''), 60) : undefined,
    },
    at: entry.at,
    range: entry.range ? cleanLabel(entry.range, 200) : undefined,
    commits: entry.commits,
    files: entry.files,
    checklist: entry.checklist.map((c) => ({ item: cleanLabel(c.item, 200), answer: c.answer, note: c.note ? cleanLabel(c.note, 300) : undefined })),
    acknowledged: entry.acknowledged,
    note: entry.note ? cleanLabel(entry.note, 500) : undefined,
  };
  return appendChained(reviewsPath(top), clean);
}

export function readReviews(top: string) {
  return readChain<ReviewEntry>(reviewsPath(top));
}

/** A reviewer as policy lists name them: "alice@example.com", "@alice" or "Alice Smith". */
export function reviewerMatches(reviewer: ReviewEntry['reviewer'], wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (!w) return false;
  if (w.startsWith('@')) return reviewer.handle?.toLowerCase() === w.slice(1);
  if (w.includes('@')) return reviewer.email?.toLowerCase() === w;
  return reviewer.name?.toLowerCase() === w || reviewer.handle?.toLowerCase() === w;
}

export function reviewerLabel(reviewer: ReviewEntry['reviewer']): string {
  return reviewer.handle ? `@${reviewer.handle}` : reviewer.email ?? reviewer.name ?? 'unknown reviewer';
}

/**
 * Reviews that cover a line: the reviewer signed off on this exact file content, or on the
 * commit that last changed the line (for that file).
 */
export function reviewsCovering(reviews: ReviewRecord[], path: string, fileHash: string, commit?: string): ReviewRecord[] {
  return reviews.filter((r) => {
    const file = r.files.find((f) => f.path === path);
    if (file && file.sha256 === fileHash) return true;
    return !!commit && r.commits.includes(commit) && (r.files.length === 0 || !!file);
  });
}
