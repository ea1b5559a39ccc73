export interface FrontMatterResult<T = Record<string, unknown>> {
  attributes: T;
  body: string;
  frontmatter: string;
}
export function parse<T = Record<string, unknown>>(text: string): FrontMatterResult<T>;
export function test(text: string): boolean;
export function stringify(attributes: object, body: string): string;
