export function isPrivate(address: string): boolean;
export function isPublic(address: string): boolean;
export function isLoopback(address: string): boolean;
export interface SafeGetOptions {
  timeout?: number;
  maxBytes?: number;
  headers?: Record<string, string>;
}
export interface SafeGetResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
export function safeGet(url: string | URL, options?: SafeGetOptions): Promise<SafeGetResult>;
export class BlockedAddressError extends Error {
  address: string;
}
