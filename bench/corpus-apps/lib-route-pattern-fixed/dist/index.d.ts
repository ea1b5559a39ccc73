export interface ParseOptions { delimiter?: string; prefixes?: string; }
export interface Key { name: string | number; prefix: string; suffix: string; pattern: string; modifier: string; }
export type Token = string | Key;
export interface TokensToRegexpOptions { sensitive?: boolean; strict?: boolean; end?: boolean; start?: boolean; delimiter?: string; endsWith?: string; encode?: (value: string) => string; }
export interface MatchResult<P extends object = object> { path: string; index: number; params: P; }
export type Match<P extends object = object> = false | MatchResult<P>;
export type MatchFunction<P extends object = object> = (path: string) => Match<P>;
export declare function parse(str: string, options?: ParseOptions): Token[];
export declare function tokensToRegexp(tokens: Token[], keys?: Key[], options?: TokensToRegexpOptions & ParseOptions): RegExp;
export declare function pathToRegexp(path: string | RegExp | Array<string | RegExp>, keys?: Key[], options?: TokensToRegexpOptions & ParseOptions): RegExp;
export declare function regexpToFunction<P extends object = object>(re: RegExp, keys: Key[], options?: { decode?: (value: string, token: Key) => string }): MatchFunction<P>;
export declare function match<P extends object = object>(str: string | Array<string>, options?: ParseOptions & TokensToRegexpOptions & { decode?: (value: string, token: Key) => string }): MatchFunction<P>;
export { default as Router } from "./router";
