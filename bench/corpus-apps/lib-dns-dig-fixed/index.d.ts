export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'NS' | 'TXT' | 'SOA' | 'SRV' | 'CAA' | 'PTR';

export interface Answer {
  name: string;
  ttl: number;
  type: RecordType;
  data: string;
}

export interface QueryOptions {
  type?: RecordType;
  /** resolver to ask, e.g. "1.1.1.1" or "ns1.example.net" */
  server?: string;
  port?: number;
  timeout?: number;
  tcp?: boolean;
  dnssec?: boolean;
}

/** Blocking lookup (like dns-sync): first address for the name, or null. */
export function resolveSync(hostname: string, type?: RecordType): string | null;
export function query(name: string, options?: QueryOptions): Promise<Answer[]>;
export function reverse(ip: string, options?: Pick<QueryOptions, 'server' | 'timeout'>): Promise<string[]>;
export const RECORD_TYPES: readonly RecordType[];
