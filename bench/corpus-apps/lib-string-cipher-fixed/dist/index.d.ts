import StringCipher from "./cipher";
export { StringCipher };
export { generateKey } from "./keys";
export interface CipherOptions { encoding?: "base64" | "base64url" | "hex"; aad?: string; }
export declare function create(key: Buffer | string, options?: CipherOptions): StringCipher;
export declare function encrypt(key: Buffer | string, value: string): string;
export declare function decrypt(key: Buffer | string, payload: string): string;
export default StringCipher;
