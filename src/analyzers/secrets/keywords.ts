/**
 * Aho–Corasick over ASCII with case folding built into the transitions: one pass over the text
 * finds every occurrence of every keyword, without lowercasing a copy of the text.
 *
 * Built for start-up (every pre-commit run and assistant hook builds it): characters are first
 * mapped to classes (one per character some keyword uses, both cases of a letter alike; every
 * other character is class 0 and always leads back to the root), and a state's transition is
 * computed the first time the text takes it, then kept. Only the trie and its failure links are
 * built up front.
 */
export class KeywordAutomaton {
  /** Character code (< 128) → class; 0: no keyword has it. */
  private readonly classOf = new Uint8Array(128);
  private readonly shift: number;
  /** state << shift | class → next state * 2 + (1 if keywords end there); -1 until first taken. */
  private readonly table: Int32Array;
  /** Trie edges by the same index (-1: none). */
  private readonly child: Int32Array;
  private readonly fail: Int32Array;
  /** For each state, the range of `outputs` holding the keyword ids ending there. */
  private readonly outStart: Int32Array;
  private readonly outEnd: Int32Array;
  private readonly outputs: Int32Array;
  readonly lengths: Int32Array;

  constructor(readonly keywords: string[]) {
    let classes = 1;
    for (const kw of keywords) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (c >= 128) throw new Error(`keyword '${kw}' is not ASCII`);
        if (c >= 65 && c <= 90) throw new Error(`keyword '${kw}' must be lowercase`);
        if (this.classOf[c] === 0) {
          this.classOf[c] = classes;
          if (c >= 97 && c <= 122) this.classOf[c - 32] = classes;
          classes++;
        }
      }
    }
    let shift = 1;
    while (1 << shift < classes) shift++;
    this.shift = shift;

    // The trie, in a growable edge array: state << shift | class → child.
    let capacity = 64;
    let child = new Int32Array(capacity << shift).fill(-1);
    let states = 1;
    const own: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const at = (s << shift) | this.classOf[kw.charCodeAt(i)]!;
        let next = child[at]!;
        if (next < 0) {
          next = states++;
          own.push([]);
          if (states > capacity) {
            capacity *= 2;
            const grown = new Int32Array(capacity << shift).fill(-1);
            grown.set(child);
            child = grown;
          }
          child[at] = next;
        }
        s = next;
      }
      own[s]!.push(id);
    });
    this.child = child;
    this.table = new Int32Array(states << shift).fill(-1);
    // Class 0 (no keyword has the character) leads back to the root, which ends no keyword.
    for (let s = 0; s < states; s++) this.table[s << shift] = 0;
    this.fail = new Int32Array(states);

    // Failure links and outputs, breadth-first: a state's failure target is finished before it. (The
    // lazy transitions need the outputs, so the links follow trie edges and failure links here.)
    const out: number[][] = own.map((o) => [...o]);
    const queue: number[] = [];
    for (let k = 1; k < classes; k++) if (child[k]! >= 0) queue.push(child[k]!);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = this.fail[s]!;
      for (const k of out[f]!) if (!out[s]!.includes(k)) out[s]!.push(k);
      for (let k = 1; k < classes; k++) {
        const t = child[(s << shift) | k]!;
        if (t < 0) continue;
        let g = f;
        while (g > 0 && child[(g << shift) | k]! < 0) g = this.fail[g]!;
        this.fail[t] = s === 0 ? 0 : Math.max(0, child[(g << shift) | k]!);
        queue.push(t);
      }
    }
    this.outStart = new Int32Array(states);
    this.outEnd = new Int32Array(states);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = flat.length;
      flat.push(...out[s]!);
      this.outEnd[s] = flat.length;
    }
    this.outputs = Int32Array.from(flat);
    this.lengths = Int32Array.from(keywords.map((k) => k.length));
  }

  /** The state after `s` on a character of class `k` (> 0), computed once. */
  private step(s: number, k: number): number {
    const at = (s << this.shift) | k;
    const known = this.table[at]!;
    if (known >= 0) return known >> 1;
    const c = this.child[at]!;
    const t = c >= 0 ? c : s === 0 ? 0 : this.step(this.fail[s]!, k);
    this.table[at] = (t << 1) | (this.outEnd[t]! > this.outStart[t]! ? 1 : 0);
    return t;
  }

  /** Calls `onHit(start, keywordId)` for every occurrence, in order of end position. */
  scan(text: string, onHit: (start: number, keywordId: number) => void): void {
    // One table load per character: entry = next state * 2 + (1 if keywords end there).
    const table = this.table;
    const classOf = this.classOf;
    const shift = this.shift;
    const len = text.length;
    let s = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      const at = (s << shift) | (c < 128 ? classOf[c]! : 0);
      let e = table[at]!;
      if (e < 0) {
        this.step(s, at & ((1 << shift) - 1));
        e = table[at]!;
      }
      s = e >> 1;
      if ((e & 1) !== 0) {
        for (let j = this.outStart[s]!, b = this.outEnd[s]!; j < b; j++) {
          const id = this.outputs[j]!;
          onHit(i - this.lengths[id]! + 1, id);
        }
      }
    }
  }
}
