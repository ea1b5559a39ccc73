/**
 * "Does this node's text match the pattern?" answered from the matches of the whole file, found
 * once per file and pattern, instead of a scan of the node's text. Rules ask it of nested nodes
 * (every declaration, every function around a loop): in a bundle, where one factory holds the
 * whole library, scanning each node's text read the file once per nesting level.
 *
 * Every position where the pattern matches is recorded (overlapping matches too), so a match that
 * lies inside the node is found even when another match begins before the node and runs into it.
 * A match inside the node whose end depends on text after the node (a lookahead past the node's
 * last character) may differ from a scan of the node's text alone; the patterns used here do not
 * look past what they match.
 */
interface TextIndex {
  text: string;
  starts: number[];
  ends: number[];
}

const INDEXES = new WeakMap<RegExp, TextIndex>();

export function textMatchesWithin(text: string, pattern: RegExp, node: { start: number; end: number }): boolean {
  let index = INDEXES.get(pattern);
  if (!index || index.text !== text) {
    const re = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      re.lastIndex = m.index + 1;
    }
    index = { text, starts, ends };
    INDEXES.set(pattern, index);
  }
  const { starts, ends } = index;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < node.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && starts[k]! < node.end; k++) if (ends[k]! <= node.end) return true;
  return false;
}
