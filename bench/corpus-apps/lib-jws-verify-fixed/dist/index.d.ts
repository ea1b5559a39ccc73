/// <reference types="node" />
import { KeyObject } from 'crypto';
export type AsymmetricAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512' | 'EdDSA';
export interface Jwk {
    kty: string;
    kid?: string;
    use?: string;
    alg?: string;
    [param: string]: unknown;
}
export interface JwkSet {
    keys: Jwk[];
}
export interface JwsHeader {
    alg: string;
    kid?: string;
    typ?: string;
    jwk?: Jwk;
    jku?: string;
}
export interface VerifyOptions {
    /** PEM text or KeyObject used when the token names no key. */
    key?: string | KeyObject;
    /** JWKS endpoint of the issuer (e.g. https://id.example.com/.well-known/jwks.json). */
    jwksUri?: string;
    algorithms?: AsymmetricAlgorithm[];
    issuer?: string;
    audience?: string;
    clockTolerance?: number;
    fetchTimeout?: number;
}
export interface VerifyResult {
    header: JwsHeader;
    payload: Record<string, unknown>;
    key: KeyObject;
}
export declare function verify(token: string, options?: VerifyOptions): Promise<VerifyResult>;
export declare function decodeProtectedHeader(token: string): JwsHeader;
export declare function importJwk(jwk: Jwk): KeyObject;
export declare function fetchJwks(uri: string, timeoutMs?: number): Promise<JwkSet>;
export declare function clearJwksCache(): void;
