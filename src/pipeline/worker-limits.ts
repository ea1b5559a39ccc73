/**
 * Resource limits of analysis worker threads, shared by the pool and the launcher's early workers
 * (early-workers.ts); no imports, so the launcher can load it before the CLI.
 */

/** Native parsers recurse; 10,000 levels of nesting need far more than the default thread stack. */
export const WORKER_STACK_MB = 256;
/**
 * Old-generation limit of a worker. V8 lets a heap grow towards its limit before collecting it in
 * full, so with a generous limit two workers held ~1.4 GB on the large tree, most of it garbage; at
 * 512 MB the scan peaks under 1 GB at no CPU cost (bench/RESULTS.md, "Worker heap"). A file that
 * needs more (a 2 MB bundle) is not lost: its worker is replaced by one with LARGE_HEAP_MB and the
 * file analysed again there. VOUCH_WORKER_HEAP_MB sets the normal limit (less memory, more GC), not
 * below MIN_WORKER_HEAP_MB: a worker loads its analyzers and parser in about 10 MB, and one that runs
 * out of heap while Node is loading a module aborts the whole process (a Node bug seen at 8 MB).
 */
export const MIN_WORKER_HEAP_MB = 32;
export const WORKER_HEAP_MB = Number(process.env.VOUCH_WORKER_HEAP_MB) > 0 ? Math.max(MIN_WORKER_HEAP_MB, Number(process.env.VOUCH_WORKER_HEAP_MB)) : 512;
export const LARGE_HEAP_MB = 2048;
