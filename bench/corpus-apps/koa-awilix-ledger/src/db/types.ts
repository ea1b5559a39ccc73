import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface TenantTable {
  id: Generated<number>;
  slug: string;
  name: string;
  base_currency: string;
  settings: JSONColumnType<Record<string, unknown>>;
  created_at: ColumnType<Date, string | undefined, never>;
}

export interface UserTable {
  id: Generated<number>;
  tenant_id: number;
  email: string;
  password_hash: string;
  role: 'owner' | 'accountant' | 'viewer';
  created_at: ColumnType<Date, string | undefined, never>;
}

export interface PortalClientTable {
  id: Generated<number>;
  tenant_id: number;
  account_id: number;
  email: string;
  password_hash: string;
}

export interface AccountTable {
  id: Generated<number>;
  tenant_id: number;
  code: string;
  name: string;
  type: 'asset' | 'liability' | 'equity' | 'income' | 'expense';
  currency: string;
  archived: boolean;
}

export interface JournalEntryTable {
  id: Generated<number>;
  tenant_id: number;
  entry_date: string;
  reference: string;
  memo: string;
  created_by: number;
  posted: boolean;
}

export interface JournalLineTable {
  id: Generated<number>;
  entry_id: number;
  tenant_id: number;
  account_id: number;
  debit: string;
  credit: string;
  memo: string | null;
}

export interface WebhookTable {
  id: Generated<number>;
  tenant_id: number;
  url: string;
  secret: string;
  events: string[];
}

export interface PasswordResetTable {
  id: Generated<number>;
  user_id: number;
  token: string;
  expires_at: Date;
}

export interface BankRuleTable {
  id: Generated<number>;
  tenant_id: number;
  pattern: string;
  account_id: number;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  portal_clients: PortalClientTable;
  accounts: AccountTable;
  journal_entries: JournalEntryTable;
  journal_lines: JournalLineTable;
  webhooks: WebhookTable;
  password_resets: PasswordResetTable;
  bank_rules: BankRuleTable;
}
