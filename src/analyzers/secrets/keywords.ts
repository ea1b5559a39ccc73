/**
 * Aho–Corasick over ASCII with case folding built into the transition table: one pass over
 * the text finds every occurrence of every keyword, without lowercasing a copy of the text.
 */
export class KeywordAutomaton {
  private readonly packed: Int32Array;
  /** For each state, the range of `outputs` holding the keyword ids ending there. */
  private readonly outStart: Int32Array;
  private readonly outEnd: Int32Array;
  private readonly outputs: Int32Array;
  readonly lengths: Int32Array;

  constructor(readonly keywords: string[]) {
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (c >= 128) throw new Error(`keyword '${kw}' is not ASCII`);
        if (c >= 65 && c <= 90) throw new Error(`keyword '${kw}' must be lowercase`);
        let next = children[s]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[s]!.set(c, next);
        }
        s = next;
      }
      own[s]!.push(id);
    });
    const states = children.length;
    const fail = new Int32Array(states);
    const delta = new Int32Array(states * 128);
    const out: number[][] = own.map((o) => [...o]);
    // Breadth-first: a state's failure target is always finished before the state itself.
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = children[0]!.get(c);
      delta[c] = t ?? 0;
      if (t !== undefined) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!.filter((k) => !out[s]!.includes(k)));
      // Start from the failure state's finished row and overwrite only real edges: start-up cost
      // is paid by every pre-commit run, and most of the 128 columns are failure moves.
      const f = fail[s]! * 128;
      delta.copyWithin(s * 128, f, f + 128);
      for (const [c, t] of children[s]!) {
        fail[t] = delta[f + c]!;
        delta[s * 128 + c] = t;
        queue.push(t);
      }
    }
    // Upper-case letters move like their lower-case forms.
    for (let s = 0; s < states; s++) for (let c = 65; c <= 90; c++) delta[s * 128 + c] = delta[s * 128 + c + 32]!;
    this.outStart = new Int32Array(states);
    this.outEnd = new Int32Array(states);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = flat.length;
      flat.push(...out[s]!);
      this.outEnd[s] = flat.length;
    }
    this.outputs = Int32Array.from(flat);
    this.packed = new Int32Array(delta.length);
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i]!;
      this.packed[i] = (t << 1) | (this.outEnd[t]! > this.outStart[t]! ? 1 : 0);
    }
    this.lengths = Int32Array.from(keywords.map((k) => k.length));
  }

  /** Calls `onHit(start, keywordId)` for every occurrence, in order of end position. */
  scan(text: string, onHit: (start: number, keywordId: number) => void): void {
    // One table load per character: entry = next state * 2 + (1 if keywords end there).
    const table = this.packed;
    const len = text.length;
    let s = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) { s = 0; continue; }
      const e = table[(s << 7) | c]!;
      s = e >> 1;
      if ((e & 1) !== 0) {
        for (let k = this.outStart[s]!, b = this.outEnd[s]!; k < b; k++) {
          const id = this.outputs[k]!;
          onHit(i - this.lengths[id]! + 1, id);
        }
      }
    }
  }
}
