/**
 * The one migration history, for SQLite and PostgreSQL alike: only portable column types
 * (text, integer, double precision) through Kysely's schema builder. Append new migrations; never
 * edit a released one (stores in the field have already run it).
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001-scans-findings-tokens': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('scans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('repository', 'text', (c) => c.notNull())
        .addColumn('branch', 'text', (c) => c.notNull())
        .addColumn('commit_sha', 'text', (c) => c.notNull())
        .addColumn('commit_time', 'text')
        .addColumn('scanned_at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('tool_version', 'text', (c) => c.notNull())
        .addColumn('duration_ms', 'double precision', (c) => c.notNull())
        .addColumn('passed', 'integer', (c) => c.notNull())
        .addColumn('complete', 'integer', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('findings', 'integer', (c) => c.notNull())
        .addColumn('critical', 'integer', (c) => c.notNull())
        .addColumn('high', 'integer', (c) => c.notNull())
        .addColumn('medium', 'integer', (c) => c.notNull())
        .addColumn('low', 'integer', (c) => c.notNull())
        .addColumn('info', 'integer', (c) => c.notNull())
        .addColumn('ai_files', 'integer', (c) => c.notNull())
        .addColumn('ai_files_reviewed', 'integer', (c) => c.notNull())
        .addColumn('ai_lines', 'integer', (c) => c.notNull())
        .addColumn('lines', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('scans_repo_branch_time').on('scans').columns(['repository', 'branch', 'scanned_at']).execute();
      await db.schema.createIndex('scans_time').on('scans').column('scanned_at').execute();

      await db.schema
        .createTable('findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('repository', 'text', (c) => c.notNull())
        .addColumn('branch', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('confidence', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('tool', 'text')
        .addColumn('model', 'text')
        .addColumn('reviewed', 'integer')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('first_scan_id', 'text', (c) => c.notNull())
        .addColumn('last_scan_id', 'text', (c) => c.notNull())
        .addColumn('fixed_at', 'text')
        .addColumn('fixed_scan_id', 'text')
        .addColumn('fix_hours', 'double precision')
        .addColumn('reopened', 'integer', (c) => c.notNull())
        .addUniqueConstraint('findings_repo_branch_fingerprint', ['repository', 'branch', 'fingerprint'])
        .execute();
      await db.schema.createIndex('findings_state').on('findings').columns(['state', 'severity']).execute();
      await db.schema.createIndex('findings_fixed_at').on('findings').column('fixed_at').execute();

      await db.schema
        .createTable('occurrences')
        .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
        .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('occurrences_pk', ['scan_id', 'finding_id'])
        .execute();
      await db.schema.createIndex('occurrences_finding').on('occurrences').column('finding_id').execute();

      await db.schema
        .createTable('events')
        .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id').onDelete('cascade'))
        .addColumn('scan_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['finding_id', 'scan_id', 'event'])
        .execute();

      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1)!;
