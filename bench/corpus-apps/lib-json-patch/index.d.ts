export type Operation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown }

export interface ApplyOptions {
  /** Validate every operation before applying it (default true). */
  validate?: boolean
  /** Apply to the document in place instead of a clone (default false). */
  mutate?: boolean
}

export class PatchError extends Error {
  name: 'PatchError'
  code: string
  index: number
  operation: Operation | undefined
}

export function applyPatch<T>(document: T, patch: readonly Operation[], options?: ApplyOptions): T
export function applyOperation<T>(document: T, operation: Operation, index?: number): T
export function validate(patch: unknown): PatchError | undefined
export function compare(left: unknown, right: unknown): Operation[]
export function parsePointer(pointer: string): string[]
export function formatPointer(tokens: readonly (string | number)[]): string
export function getValueByPointer(document: unknown, pointer: string): unknown
export function deepClone<T>(value: T): T
