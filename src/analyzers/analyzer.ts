import type { RawFinding, ScanNotice } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import type { VouchConfig } from '../config/schema.js';

/** Language (or file kind) decided from the file name during discovery. */
export type FileKind =
  | 'javascript' | 'typescript' | 'python'
  | 'json' | 'yaml' | 'toml' | 'ini' | 'env' | 'dockerfile' | 'terraform'
  | 'markdown' | 'html' | 'notebook' | 'lockfile' | 'text';

export interface SourceFile {
  /** Relative to the scan root, forward slashes. */
  path: string;
  absPath: string;
  kind: FileKind;
  text: string;
}

/** What one analyzer learned from one file. `facts` are small JSON values for project-level rules. */
export interface FileResult {
  findings: RawFinding[];
  notices: ScanNotice[];
  facts?: Record<string, unknown>;
  /** Project analyzers: report sections (e.g. the advisory database's age), merged into `ScanResult.extras`. */
  extras?: Record<string, unknown>;
}

/**
 * An analyzer that looks at one file at a time. It runs inside a worker thread, so it must be
 * importable by module path (see `analyzers/registry.ts`) and must not rely on main-thread state.
 * It never prints and never exits.
 */
export interface FileAnalyzer {
  id: string;
  rules: RuleMeta[];
  appliesTo(file: { path: string; kind: FileKind }): boolean;
  /** `linkInput` is what `link` returned for this file in a second pass (absent in the first). */
  /** `keep`: a link round will likely ask for this file again; keep its state (see `keepState`). */
  analyzeFile(file: SourceFile, config: VouchConfig, linkInput?: unknown, keep?: boolean): FileResult;
  /**
   * Optional: asynchronous set-up needed before `analyzeFile` can take this file (loading a
   * WebAssembly parser). Return undefined when nothing is needed; the pipeline awaits the promise.
   */
  prepare?(file: { path: string; kind: FileKind }): Promise<void> | undefined;
  /**
   * Optional: analyse a file too large to load (over `maxFileSize`) by streaming it from disk. Runs
   * on the main thread; must bound its memory whatever the file's size.
   */
  analyzeLargeFile?(absPath: string, path: string, config: VouchConfig): Promise<FileResult>;
  /**
   * Optional whole-project step between two passes, on the main thread: given every file's facts
   * from the first pass, return data for the files that must be analysed again (cross-file taint).
   * Findings of a second pass replace that analyzer's first-pass findings for the file. The rounds
   * of one scan pass the same `ctx` object and facts map (updated in place), so what does not
   * depend on the facts' values can be kept from round to round.
   */
  link?(facts: Map<string, Record<string, unknown>>, ctx: { root: string; files: string[] }): Map<string, unknown>;
  /**
   * Optional, with `link`: fact keys only the link step reads (function summaries, call records). A
   * whole-tree cache entry, which skips the link step, leaves them out (pipeline/cache.ts treeKey).
   */
  linkOnlyFacts?: string[];
  /**
   * Optional, with `link`: order pass 1 by imports, so a file is analysed after the files it imports
   * and with the input their facts give; most files then need no link round (issue 14).
   */
  firstPass?(ctx: { root: string; files: string[] }, analysed: string[], readText: (path: string) => string | undefined): FirstPassPlan;
  /**
   * Optional, for analyzers with a link step: keep per-file state (parsed trees) between a file's
   * passes in this worker, up to this many source characters, so a second pass redoes only what
   * link input can change — for the files the scan marks (`analyzeFile`'s `keep`: members of import
   * cycles). Keeping every file cost more in garbage collection during pass 1 than re-parsing the
   * few a link round takes saved. Kept state must never change a result.
   */
  keepState?(budgetChars: number): void;
  /** Forget kept state of these files. */
  dropState?(paths: string[]): void;
  /**
   * Optional: build what every file needs (compiled rules, automata) now, in a worker that has its
   * settings but no file yet, so the first file does not wait for it.
   */
  warmUp?(config: VouchConfig): void;
}

export interface ProjectContext {
  root: string;
  config: VouchConfig;
  /**
   * Every discovered file (relative path + kind), including ones no file analyzer took. `content`
   * is set when the text is not the one on disk (staged blob, in-memory edit): read it, not the disk.
   */
  files: { path: string; absPath: string; kind: FileKind; content?: string }[];
  /** Facts reported by file analyzers, keyed by analyzer id, then path. */
  facts: Map<string, Map<string, Record<string, unknown>>>;
  offline: boolean;
}

/** An analyzer that needs the whole project (dependencies, cross-file taint). Runs on the main thread. */
export interface ProjectAnalyzer {
  id: string;
  rules: RuleMeta[];
  analyzeProject(ctx: ProjectContext): Promise<FileResult>;
  /**
   * Its result depends only on the discovered files, their facts and the configuration (no network,
   * no advisory database, nothing outside the tree): an unchanged tree reuses it from the whole-tree
   * cache entry.
   */
  treeOnly?: boolean;
}

/** A facts view answer in pass 1: the file may not be read yet (not analysed, or in the same import cycle). */
export const UNREAD: unique symbol = Symbol('unread');

export interface FirstPassPlan {
  /** Each file's project imports, guessed from its text: a wrong guess costs a link round, never a result. */
  imports: Map<string, string[]>;
  /**
   * The input for a file from the facts of files analysed before it (`view` answers UNREAD for a
   * file not to be read now; `inCycle`: the file is in an import cycle, whose other files it may
   * not read), and the files it would have read but could not.
   */
  inputFor(path: string, view: (path: string) => Record<string, unknown> | undefined | typeof UNREAD, inCycle: boolean): { input?: unknown; unread: string[] };
  /**
   * Whether a file analysed with input `before` needs no new analysis for input `after` (its result
   * stands); `facts`: what that analysis found.
   */
  covers(before: unknown, after: unknown, facts?: Record<string, unknown>): boolean;
}
