import { boolean, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const organisers = pgTable('organisers', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  webhookUrl: text('webhook_url'),
  emailTemplate: text('email_template'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const events = pgTable('events', {
  id: serial('id').primaryKey(),
  organiserId: integer('organiser_id').notNull().references(() => organisers.id),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  descriptionHtml: text('description_html').notNull().default(''),
  venue: text('venue').notNull(),
  city: text('city').notNull(),
  category: text('category').notNull(),
  startsAt: timestamp('starts_at').notNull(),
  priceCents: integer('price_cents').notNull(),
  capacity: integer('capacity').notNull(),
  artworkPath: text('artwork_path'),
  published: boolean('published').notNull().default(false),
});

export const orders = pgTable('orders', {
  id: serial('id').primaryKey(),
  reference: text('reference').notNull().unique(),
  eventId: integer('event_id').notNull().references(() => events.id),
  userId: integer('user_id').references(() => users.id),
  buyerEmail: text('buyer_email').notNull(),
  status: text('status').notNull().default('pending'),
  totalCents: integer('total_cents').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const tickets = pgTable('tickets', {
  id: serial('id').primaryKey(),
  orderId: integer('order_id').notNull().references(() => orders.id),
  eventId: integer('event_id').notNull().references(() => events.id),
  code: text('code').notNull().unique(),
  holderName: text('holder_name').notNull(),
  holderEmail: text('holder_email').notNull(),
  scannedAt: timestamp('scanned_at'),
});

export const discountRules = pgTable('discount_rules', {
  id: serial('id').primaryKey(),
  eventId: integer('event_id').notNull().references(() => events.id),
  label: text('label').notNull(),
  kind: text('kind').notNull(),
  condition: text('condition'),
  percentOff: integer('percent_off').notNull().default(0),
  minQuantity: integer('min_quantity'),
  active: boolean('active').notNull().default(true),
});

export type Organiser = typeof organisers.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type DiscountRule = typeof discountRules.$inferSelect;
