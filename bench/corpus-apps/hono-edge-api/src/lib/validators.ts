import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(8).max(200),
});

export const signupSchema = loginSchema.extend({
  displayName: z.string().trim().min(1).max(60),
});

export const projectSchema = z.object({
  name: z.string().trim().min(1).max(80),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40),
  description: z.string().max(2000).optional(),
  isPublic: z.boolean().default(false),
});

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z.string().optional(),
});

export const webhookSchema = z.object({
  url: z.string().url().startsWith('https://'),
  events: z.array(z.enum(['project.created', 'project.deleted', 'member.joined'])).min(1),
});

export const feedbackSchema = z.object({
  message: z.string().trim().min(1).max(4000),
});

// Display names also come from the old CRM export, which has odd spacing.
const DISPLAY_NAME = /^([A-Za-z]+\s?)+$/;

export function isValidDisplayName(name: string): boolean {
  // vuln: CWE-1333
  return DISPLAY_NAME.test(name);
}

const TAG = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function isValidTag(tag: string): boolean {
  // safe: CWE-1333
  return TAG.test(tag);
}

/** Local paths only: `/x`, never `//host`, `/\host` or `https://…` (parsed the way browsers do). */
export function safeNextPath(value: string | undefined | null, fallback = '/dashboard'): string {
  if (!value || !value.startsWith('/')) return fallback;
  const url = new URL(value, 'https://app.invalid');
  if (url.origin !== 'https://app.invalid') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
