/**
 * Pass 1 in import order (issue 14, "link without re-analysis"): a file goes to a worker once the
 * files it imports are analysed, with the link input their facts give, so most files need no link
 * round. The files of one import cycle go together, none reading another's facts. What a file may
 * read depends only on the files' text, never on which worker finished first, so every run gives
 * the same result.
 */
import { readFileSync } from 'node:fs';
import { type FileAnalyzer, type FirstPassPlan, UNREAD } from '../analyzers/analyzer.js';
import type { DiscoveredFile } from './discover.js';
import type { FileOutcome } from './process-file.js';
import { type PoolOptions, type PoolTask, type TaskSource, type WorkerSession } from './pool.js';

export interface FirstPassResult {
  outcomes: FileOutcome[];
  /** The link input each file of the linking analyzer was analysed with (undefined: none). */
  inputs: Map<string, unknown>;
  /** Files analysed without some of their imports' facts (import cycles): their state is kept for the link rounds. */
  kept: Set<string>;
}

/** The plan of the linking analyzer for these files (reads each file's text once). */
export function planFirstPass(analyzer: FileAnalyzer, ctx: { root: string; files: string[] }, files: DiscoveredFile[]): FirstPassPlan | undefined {
  if (!analyzer.firstPass) return undefined;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const readText = (path: string): string | undefined => {
    const f = byPath.get(path);
    if (!f) return undefined;
    try {
      return f.content ?? readFileSync(f.absPath, 'utf8');
    } catch {
      return undefined; // the worker reports an unreadable file
    }
  };
  return analyzer.firstPass(ctx, files.filter((f) => analyzer.appliesTo(f)).map((f) => f.path), readText);
}

export function runFirstPass(files: DiscoveredFile[], analyzer: FileAnalyzer, plan: FirstPassPlan, pool: PoolOptions & { session: WorkerSession }): Promise<FirstPassResult> {
  const source = new ImportOrder(files, analyzer, plan, pool);
  return pool.session.runSource(source, pool).then((outcomes) => ({ outcomes, inputs: source.inputs, kept: source.kept }));
}

class ImportOrder implements TaskSource {
  readonly total: number;
  readonly inputs = new Map<string, unknown>();
  readonly kept = new Set<string>();
  private readonly index = new Map<string, number>();
  /** Import cycle (strongly connected component) of each file, and each cycle's files. */
  private readonly comp: number[];
  private readonly members: number[][];
  /** Cycles each cycle waits for, cycles waiting for it, and how many of its files are not analysed. */
  private readonly needs: number[];
  private readonly dependents: number[][];
  private readonly left: number[];
  private readonly ready: number[] = [];
  private readyAt = 0;
  private readonly done: boolean[];
  private readonly sent: boolean[];
  /** Files that read a file of another cycle (an import the text scan missed) wait for it. */
  private readonly waiters = new Map<number, number[]>();
  private readonly facts = new Map<string, Record<string, unknown>>();
  /** Files in cycle order, for the one given out when every worker is idle. */
  private readonly order: number[] = [];
  private orderAt = 0;

  constructor(
    private readonly files: DiscoveredFile[],
    private readonly analyzer: FileAnalyzer,
    private readonly plan: FirstPassPlan,
    private readonly pool: PoolOptions,
  ) {
    this.total = files.length;
    files.forEach((f, i) => this.index.set(f.path, i));
    const edges = files.map((f) => (plan.imports.get(f.path) ?? []).map((p) => this.index.get(p)).filter((j): j is number => j !== undefined));
    const { comp, members } = components(edges);
    this.comp = comp;
    this.members = members;
    this.needs = members.map(() => 0);
    this.dependents = members.map(() => []);
    this.left = members.map((m) => m.length);
    members.forEach((m, c) => {
      const seen = new Set<number>();
      for (const i of m) {
        for (const j of edges[i]!) {
          const d = comp[j]!;
          if (d === c || seen.has(d)) continue;
          seen.add(d);
          this.needs[c]!++;
          this.dependents[d]!.push(c);
        }
      }
    });
    this.done = files.map(() => false);
    this.sent = files.map(() => false);
    members.forEach((m, c) => {
      this.order.push(...m);
      if (this.needs[c] === 0) this.ready.push(...m);
    });
  }

  next(_slot: number, quiescent: boolean, settle: (index: number, outcome: FileOutcome) => void): { index: number; task: PoolTask } | undefined {
    for (;;) {
      let i = this.readyAt < this.ready.length ? this.ready[this.readyAt++] : undefined;
      let forced = false;
      if (i === undefined && quiescent) {
        // Every worker idle and nothing ready: waits that can only end with each other (an import
        // cycle the text scan did not see). The first file in cycle order goes without them.
        while (this.orderAt < this.order.length && this.sent[this.order[this.orderAt]!]) this.orderAt++;
        i = this.order[this.orderAt];
        forced = true;
      }
      if (i === undefined) return undefined;
      if (this.sent[i]) continue;
      const task = this.taskFor(i, forced);
      if (!task) continue;
      this.sent[i] = true;
      const key = this.pool.cache?.keyFor(task.file, task.linkInput);
      const hit = key === undefined ? undefined : this.pool.cache!.get(key);
      if (hit) {
        settle(i, hit);
        this.finished(i, hit);
        continue;
      }
      return { index: i, task: key === undefined ? task : { ...task, store: this.pool.cache!.storeFor(key) } };
    }
  }

  completed(index: number, outcome: FileOutcome): void {
    // (The worker that analysed the file stored its outcome in the cache: PoolTask.store.)
    this.finished(index, outcome);
  }

  /** The task for file `i` with its input, or undefined when it must wait for a file first. */
  private taskFor(i: number, forced: boolean): PoolTask | undefined {
    const file = this.files[i]!;
    if (!this.analyzer.appliesTo(file)) return { file };
    const own = this.comp[i];
    const view = (p: string) => {
      const j = this.index.get(p);
      if (j === undefined) return undefined;
      if (this.comp[j] === own || !this.done[j]) return UNREAD;
      return this.facts.get(p);
    };
    const inCycle = this.members[own!]!.length > 1;
    const { input, unread } = this.plan.inputFor(file.path, view, inCycle);
    if (!forced) {
      for (const p of unread) {
        const j = this.index.get(p)!;
        if (this.comp[j] === own || this.done[j]) continue;
        const list = this.waiters.get(j) ?? [];
        list.push(i);
        this.waiters.set(j, list);
        return undefined;
      }
    }
    this.inputs.set(file.path, input);
    // Run without its cycle-mates' facts (or without a file it waited for): the first link round
    // will most likely give it more, so its worker keeps what it parsed.
    const keep = inCycle || (forced && unread.length > 0);
    if (keep) this.kept.add(file.path);
    const task: PoolTask = input === undefined ? { file } : { file, linkInput: { [this.analyzer.id]: input } };
    return keep ? { ...task, keep } : task;
  }

  private finished(i: number, outcome: FileOutcome): void {
    this.done[i] = true;
    const f = outcome.facts[this.analyzer.id];
    if (f) this.facts.set(this.files[i]!.path, f);
    const c = this.comp[i]!;
    if (--this.left[c]! === 0) {
      for (const d of this.dependents[c]!) if (--this.needs[d]! === 0) this.ready.push(...this.members[d]!);
    }
    const waiting = this.waiters.get(i);
    if (waiting) {
      this.waiters.delete(i);
      for (const w of waiting) if (!this.sent[w]) this.ready.push(w);
    }
  }
}

/**
 * Strongly connected components (Tarjan, iterative: import chains can be thousands deep), in the
 * order Tarjan closes them: every component after the components it imports.
 */
export function components(edges: number[][]): { comp: number[]; members: number[][] } {
  const n = edges.length;
  const comp = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const num = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const members: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (num[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    num[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, at] = top;
      const out = edges[v]!;
      if (at < out.length) {
        top[1]++;
        const w = out[at]!;
        if (num[w] === -1) {
          num[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, num[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === num[v]) {
        const c = members.length;
        const m: number[] = [];
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = false;
          comp[w] = c;
          m.push(w);
          if (w === v) break;
        }
        m.sort((a, b) => a - b);
        members.push(m);
      }
    }
  }
  return { comp, members };
}
