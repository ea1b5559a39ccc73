export type Model = 'rgb' | 'hsl' | 'hwb';
export interface Parsed {
  model: Model;
  value: [number, number, number, number];
}
export function parse(input: string): Parsed | null;
export function toRgb(input: string): [number, number, number, number] | null;
export const get: {
  rgb(input: string): [number, number, number, number] | null;
  hsl(input: string): [number, number, number, number] | null;
  hwb(input: string): [number, number, number, number] | null;
};
export const to: {
  hex(rgba: number[]): string;
  rgb(rgba: number[]): string;
  hsl(hsla: number[]): string;
  hwb(hwba: number[]): string;
  keyword(rgb: number[]): string | undefined;
};
