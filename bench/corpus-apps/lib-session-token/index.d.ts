export declare function uid(length?: number): string;
export declare function sessionId(): string;
export declare function otp(digits?: number): string;
export declare function resetToken(): { token: string; expires: number };
export declare const csrf: {
  secret(): string;
  create(secret: string): string;
  verify(secret: string, token: string): boolean;
};
export declare function sign(value: string, secret: string): string;
export declare function unsign(signed: string, secret: string | string[]): string | false;
export declare function backoff(attempt: number, options?: { base?: number; max?: number }): number;
