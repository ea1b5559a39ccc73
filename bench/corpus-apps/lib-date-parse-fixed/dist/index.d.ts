export interface ParseOptions {
    /** Only accept ISO 8601 input (no RFC 2822, no Date fallback). */
    strict?: boolean;
    /** Offset in minutes used when the input carries no zone. Default 0 (UTC). */
    defaultOffset?: number;
}
export interface ParsedDate {
    date: Date;
    format: 'iso' | 'rfc2822' | 'fallback';
    offset: number;
}
export interface Duration {
    sign: 1 | -1;
    years: number;
    months: number;
    weeks: number;
    days: number;
    hours: number;
    minutes: number;
    seconds: number;
    milliseconds: number;
}
export declare function parse(input: string | number | Date, options?: ParseOptions): ParsedDate | null;
export declare function isValid(input: string, options?: ParseOptions): boolean;
export declare function parseDuration(input: string | number): Duration | null;
export declare function toMilliseconds(duration: Duration): number;
export declare function format(date: Date, pattern?: string, offset?: number): string;
export declare const version: string;
