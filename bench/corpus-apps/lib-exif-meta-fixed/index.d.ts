export type Tags = Record<string, string | number | boolean | null>;

export interface CallOptions {
  /** directory that relative file names are resolved against (default: process.cwd()) */
  cwd?: string;
  /** ExifTool binary (default: "exiftool") */
  bin?: string;
  timeout?: number;
}

export interface ReadOptions extends CallOptions {
  /** numeric values instead of print conversion (-n) */
  numeric?: boolean;
  /** group names (-G1) */
  groups?: boolean;
}

export function readTags(files: string | string[], options?: ReadOptions): Promise<Array<Tags & { SourceFile: string }>>;
export function writeTags(file: string, tags: Tags, options?: CallOptions & { keepOriginal?: boolean }): Promise<void>;
export function stripAll(file: string, options?: CallOptions): Promise<void>;
export function exiftoolVersion(bin?: string): Promise<string>;

export class ExifDaemon {
  constructor(options?: CallOptions);
  read(file: string, options?: Pick<ReadOptions, 'numeric' | 'groups'>): Promise<Tags & { SourceFile: string }>;
  end(): Promise<void>;
}
