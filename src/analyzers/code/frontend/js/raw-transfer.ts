/**
 * oxc's raw transfer, driven here rather than through the package's `parseSync`: oxc writes the AST
 * into a buffer shared with JS and its generated deserializer builds the ESTree objects, about 4×
 * faster than oxc's JSON text and `JSON.parse`, with the same tree.
 *
 * Why our own driver: the package's refuses every Node before 22, because it takes a view of its
 * whole 6 GiB buffer, longer than Node 20's V8 allows for a typed array. The buffer itself, and
 * views of the 2 GiB block oxc uses, Node 20 makes fine; so this driver takes only those views and
 * calls the same native binding and deserializer (every tree of the benchmark corpora compared
 * equal to the JSON path's, on Node 20, 22 and 24).
 */
import { createRequire } from 'node:module';
import type * as OxcBindings from 'oxc-parser/src-js/bindings';
import type * as OxcConstants from 'oxc-parser/src-js/generated/constants';
import type * as OxcDeserializer from 'oxc-parser/src-js/generated/deserialize/ts';
import type { OxcError, ParserOptions } from 'oxc-parser';
import type { Node } from './ast.js';

const requireOxc = createRequire(import.meta.url);
/** The binding, the buffer layout and the deserializer, loaded at the first parse (not by threads that never parse). */
let oxc: { bindings: typeof OxcBindings; layout: typeof OxcConstants; deserialize: typeof OxcDeserializer.deserialize } | undefined;
function loadOxc(): NonNullable<typeof oxc> {
  oxc ??= {
    bindings: requireOxc('oxc-parser/src-js/bindings') as typeof OxcBindings,
    layout: requireOxc('oxc-parser/src-js/generated/constants') as typeof OxcConstants,
    deserialize: (requireOxc('oxc-parser/src-js/generated/deserialize/ts') as typeof OxcDeserializer).deserialize,
  };
  return oxc;
}

interface TransferBuffer {
  memory: ArrayBuffer;
  /** The 2 GiB block oxc's allocator works in, aligned on 4 GiB (where `memory`'s offset points). */
  block: Uint8Array;
  /** The block without allocator metadata, with the views the deserializer reads through. */
  view: Uint8Array & { int32: Int32Array; float64: Float64Array };
  offset: number;
}

/** Largest source (in UTF-16 units) the buffer's source region takes: 3 UTF-8 bytes each, within 1 GiB. */
const MAX_SOURCE_CHARS = 2 ** 30 / 3;
/** An idle thread lets go of its buffer (the pages the last parse touched) after this long. */
const RELEASE_AFTER_MS = 10_000;

let buffer: TransferBuffer | undefined;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;
const encoder = new TextEncoder();

/** The buffer's address space was refused (a memory limit such as `ulimit -v`): parse with JSON from now on. */
export class TransferBufferUnavailable extends Error {}

/** A 64-bit little-endian platform; whether the buffer can be reserved shows at the first parse. */
export function rawTransferAvailable(): boolean {
  try {
    return loadOxc().bindings.rawTransferSupported();
  } catch {
    return false;
  }
}

function transferBuffer(): TransferBuffer {
  if (buffer) return buffer;
  // 6 GiB of address space (not memory: only pages a parse writes are touched) always holds a 2 GiB
  // block that starts on a 4 GiB boundary, which oxc's pointer compression needs.
  const { bindings, layout } = loadOxc();
  const { BLOCK_SIZE, BUFFER_SIZE } = layout;
  let memory: ArrayBuffer;
  try {
    memory = new ArrayBuffer(BLOCK_SIZE + layout.BLOCK_ALIGN);
  } catch (err) {
    throw new TransferBufferUnavailable((err as Error).message);
  }
  const offset = bindings.getBufferOffset(new Uint8Array(memory, 0, 1));
  const view = Object.assign(new Uint8Array(memory, offset, BUFFER_SIZE), {
    int32: new Int32Array(memory, offset, BUFFER_SIZE / 4),
    float64: new Float64Array(memory, offset, BUFFER_SIZE / 8),
  });
  buffer = { memory, block: new Uint8Array(memory, offset, BLOCK_SIZE), view, offset };
  return buffer;
}

/**
 * Parse with raw transfer, or undefined when this source cannot go that way (too long for the
 * buffer's source region, or not a TypeScript-shaped tree). Throws TransferBufferUnavailable when
 * the buffer cannot be reserved; anything else thrown (the deserializer recursing past a small
 * thread's stack on deeply nested code) concerns this file only.
 */
export function parseRaw(path: string, text: string, options: ParserOptions): { program: Node; errors: OxcError[] } | undefined {
  // (Every parse here asks for TypeScript-shaped trees, which the one deserializer loaded builds.)
  if (text.length > MAX_SOURCE_CHARS || options.astType !== 'ts') return undefined;
  const buf = transferBuffer();
  const { bindings, layout, deserialize } = loadOxc();
  // The source goes at the end of the active region; oxc allocates the AST from the start.
  const room = text.length * 3;
  const sourceStart = layout.ACTIVE_SIZE - room;
  const { read, written } = encoder.encodeInto(text, new Uint8Array(buf.memory, buf.offset + sourceStart, room));
  if (read !== text.length) return undefined;
  bindings.parseRawSync(path, buf.block, sourceStart, written, options);
  const data = buf.view[layout.IS_TS_FLAG_POS] === 1 ? deserialize(buf.view, text, sourceStart, written) : undefined;
  if (releaseTimer) releaseTimer.refresh();
  else {
    releaseTimer = setTimeout(() => {
      buffer = undefined;
      releaseTimer = undefined;
    }, RELEASE_AFTER_MS);
    releaseTimer.unref();
  }
  return data && { program: data.program as unknown as Node, errors: data.errors };
}
