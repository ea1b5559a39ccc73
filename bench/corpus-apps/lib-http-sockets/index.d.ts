import type { IncomingMessage } from 'http';

export interface Hooks {
  beforeRequest?: Array<(options: NormalizedOptions) => void | Promise<void>>;
  beforeRedirect?: Array<(options: NormalizedOptions, response: Response) => void | Promise<void>>;
  afterResponse?: Array<(response: Response) => void | Promise<void>>;
}

export interface Options {
  url?: string | URL;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | Lowercase<string>;
  headers?: Record<string, string>;
  prefixUrl?: string;
  searchParams?: string | Record<string, string> | URLSearchParams;
  json?: unknown;
  body?: string | Buffer;
  followRedirect?: boolean;
  maxRedirects?: number;
  timeout?: number;
  responseType?: 'text' | 'json' | 'buffer';
  throwHttpErrors?: boolean;
  hooks?: Hooks;
}

export interface NormalizedOptions extends Options {
  url: URL;
  method: string;
  headers: Record<string, string>;
}

export interface Response<T = unknown> extends IncomingMessage {
  body: T;
  requestUrl: URL;
  redirectUrls: URL[];
}

export interface ResponsePromise<T = unknown> extends Promise<Response<T>> {
  on(event: 'redirect', listener: (response: Response, nextOptions: NormalizedOptions) => void): ResponsePromise<T>;
  json<J = unknown>(): Promise<J>;
  text(): Promise<string>;
}

export interface Plumb {
  <T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  <T = unknown>(options: Options & { url: string | URL }): ResponsePromise<T>;
  get<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  post<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  put<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  patch<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  head<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  delete<T = unknown>(url: string | URL, options?: Options): ResponsePromise<T>;
  extend(options: Options): Plumb;
  defaults: Options;
}

export declare class RequestError extends Error { code?: string; url?: string; }
export declare class HTTPError extends RequestError { response: Response; }
export declare class MaxRedirectsError extends RequestError {}
export declare class TimeoutError extends RequestError {}

declare const plumb: Plumb;
export default plumb;
