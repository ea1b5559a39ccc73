/// <reference types="node" />
import { KeyObject } from 'crypto';
export type Algorithm = 'HS256' | 'HS384' | 'HS512' | 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'ES512';
export type KeyLike = string | Buffer | KeyObject;
export type KeyResolver = (header: { alg: string; kid?: string }) => KeyLike | Promise<KeyLike>;
export interface VerifyOptions {
    algorithms?: Algorithm[];
    audience?: string;
    issuer?: string;
    clockTolerance?: number;
}
export interface SignOptions {
    algorithm?: Algorithm;
    expiresIn?: number;
    keyid?: string;
}
export declare function sign(payload: object, key: KeyLike, options?: SignOptions): string;
export declare function verify(token: string, key: KeyLike | KeyResolver, options?: VerifyOptions): Promise<Record<string, unknown>>;
export declare function decode(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } | null;
