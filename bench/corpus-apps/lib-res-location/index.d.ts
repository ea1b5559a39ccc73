import type { IncomingMessage, ServerResponse } from 'http';

export interface RedirectGuardOptions {
  /** Host names allowed for absolute targets; `*.example.com` matches sub-domains. */
  allowHosts?: string[];
  /** Allow relative references such as `/account` (default true). */
  allowRelative?: boolean;
  /** Allow `http:` targets besides `https:` (default false). */
  allowHttp?: boolean;
  /** Where to go when the target is not allowed (default `/`). */
  fallback?: string;
  /** Default status code (default 302). */
  status?: 301 | 302 | 303 | 307 | 308;
  maxLength?: number;
  /** Query parameter(s) read by the middleware (default `returnTo`, `next`). */
  param?: string | string[];
}

export interface Redirector {
  isAllowed(target: string): boolean;
  redirect(req: IncomingMessage, res: ServerResponse, target: string, status?: number): string;
  back(req: IncomingMessage, res: ServerResponse, status?: number): string;
}

export function createRedirector(options?: RedirectGuardOptions): Redirector;
export function redirectGuard(
  options?: RedirectGuardOptions,
): (req: IncomingMessage & { query?: Record<string, unknown>; returnTo?: string }, res: ServerResponse, next: (err?: unknown) => void) => void;
export function isAllowedTarget(target: string, options?: RedirectGuardOptions): boolean;
export function encodeUrl(url: string): string;

declare module 'http' {
  interface ServerResponse {
    safeRedirect?(target: string, status?: number): string;
    redirectBack?(status?: number): string;
  }
}
