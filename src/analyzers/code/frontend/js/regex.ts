/**
 * Super-linear regular expressions, decided by scslre (the analysis behind eslint-plugin-regexp's
 * no-super-linear-backtracking / no-super-linear-move): it builds the pattern's NFA with refa and
 * looks for quantifiers that trade characters (`\d*\w+`), repeat themselves (`(a+)+`), or make the
 * engine rescan every suffix of a rejected input (`\s*$`). Two additions, also decided on refa's
 * automata: a repetition whose body matches one string as one pass or as several (`(a|aa)+`,
 * `([a-z]{2,6})+`), which scslre does not see, is exponential; and a repetition the engine can
 * only ever accept (nothing after it can fail: `^(?:\s*-\s+.+\n?)+`) never backtracks across its
 * passes, so it is not reported for that. Static, no matching is ever run.
 */
import { createRequire } from 'node:module';

// scslre and refa are 1.2 MB of code: loaded on the first pattern worth analysing, not with the analyzer.
const requireHere = createRequire(import.meta.url);
let scslre: typeof import('scslre') | undefined;
let refa: typeof import('refa') | undefined;
const analyse: typeof import('scslre').analyse = (...args) => (scslre ??= requireHere('scslre') as typeof import('scslre')).analyse(...args);
const loadRefa = () => (refa ??= requireHere('refa') as typeof import('refa'));

type Ast = import('refa').JS.Parser['ast']['pattern'];
type AstNode = Ast | Ast['alternatives'][number] | Ast['alternatives'][number]['elements'][number];
type Quantifier = Extract<AstNode, { type: 'Quantifier' }>;

export interface RegexComplexity {
  /** `exponential`: nested quantifiers; `polynomial`: overlapping ones; `move`: quadratic rescans of a rejected input. */
  kind: 'exponential' | 'polynomial' | 'move';
  /** A character whose long run makes matching slow. */
  character: string;
  /** Every character whose long run makes it slow, when the analysis knows them all. */
  characters?: { has(codePoint: number): boolean };
}

/** Patterns longer than this, or with more quantifiers, are not analysed: the analysis is bounded by the pattern's size. */
const MAX_SOURCE = 400;
const MAX_QUANTIFIERS = 24;
/** Automaton size bound for the repetition check (refa throws past it: the pattern is then left to scslre). */
const MAX_NODES = 4000;
const cache = new Map<string, RegexComplexity | null>();

export function regexComplexity(source: string, flags: string): RegexComplexity | undefined {
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let out: RegexComplexity | null = null;
  const { quantifiers, unbounded } = countQuantifiers(source);
  if (source.length <= MAX_SOURCE && unbounded <= MAX_QUANTIFIERS && quantifiers <= 2 * MAX_QUANTIFIERS && /[*+}]/.test(source)) {
    try {
      const cleanFlags = flags.replace(/[^dgimsuyv]/g, '');
      const { reports } = analyse({ source, flags: cleanFlags }, { maxReports: 4 });
      // A quantifier repeating itself, or trading with one at or before it in the pattern (so with the
      // next pass), backtracks across the passes of a repetition.
      const acrossPasses = (r: (typeof reports)[number]) => (r.type === 'Self' ? r.parentQuant : r.type === 'Trade' && r.startQuant.start >= r.endQuant.start ? outermostRepetition(r.endQuant) : undefined);
      const kept = reports.filter((r) => {
        const q = r.type === 'Move' ? undefined : acrossPasses(r);
        return !q || canFailAfter(q, source);
      });
      const backtracking = kept.filter((r) => r.type !== 'Move');
      const worst = backtracking.find((r) => r.exponential) ?? backtracking[0];
      const characters = { has: (c: number) => kept.some((r) => r.character.set.has(c)) };
      if (worst?.exponential) out = { kind: 'exponential', character: worst.character.pick, characters };
      else out = ambiguousRepetition(source, cleanFlags) ?? (worst ? { kind: 'polynomial', character: worst.character.pick, characters } : kept[0] ? { kind: 'move', character: kept[0].character.pick, characters } : null);
    } catch {
      out = null; // not a valid JS pattern (or beyond what the analysis handles): say nothing
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, out);
  return out ?? undefined;
}

/**
 * The quantifiers of a pattern, read from its text: escapes (`\+`), character classes (`[+-]`) and
 * group openers (`(?:`) are not quantifiers. `unbounded`: `*`, `+` and `{n,}`, which the analysis's
 * cost grows with; `?` and `{n,m}` only count towards `quantifiers`.
 */
function countQuantifiers(source: string): { quantifiers: number; unbounded: number } {
  const text = source.replace(/\\./g, 'e').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'c').replace(/\(\?(?:[:=!]|<[=!]?)/g, '(');
  const all = text.match(/[*+?]|\{\d+(?:,\d*)?\}/g) ?? [];
  // (A `?` after another quantifier makes it lazy: not a quantifier of its own.)
  const lazy = text.match(/(?:[*+?]|\{\d+(?:,\d*)?\})\?/g)?.length ?? 0;
  const unbounded = all.filter((q) => q === '*' || q === '+' || /^\{\d+,\}$/.test(q)).length;
  return { quantifiers: all.length - lazy, unbounded };
}

/** The outermost unbounded repetition that contains this node (itself included), if any. */
function outermostRepetition(node: object): Quantifier | undefined {
  interface Up { type?: string; parent?: Up | null; max?: number }
  let out: Quantifier | undefined;
  for (let n: Up | null | undefined = node as Up; n; n = n.parent) {
    if (n.type === 'Quantifier' && n.max === Infinity) out = n as unknown as Quantifier;
  }
  return out;
}

/** Something after this repetition can reject the input (only group ends and quantifiers follow it otherwise). */
function canFailAfter(q: { end: number }, source: string): boolean {
  return !/^[)*+?]*$/.test(source.slice(q.end));
}

/**
 * An unbounded repetition whose body, without the empty word, has a word it matches both in one pass
 * and in two: a rejected input then has exponentially many ways to be split into passes.
 */
function ambiguousRepetition(source: string, flags: string): RegexComplexity | undefined {
  const { JS, NFA, isDisjointWith } = loadRefa();
  const parser = JS.Parser.fromLiteral({ source, flags });
  const found: RegexComplexity[] = [];
  const visit = (n: AstNode) => {
    if (found.length) return;
    if (n.type === 'Pattern' || n.type === 'Group' || n.type === 'CapturingGroup') for (const a of n.alternatives) visit(a);
    else if (n.type === 'Alternative') for (const e of n.elements) visit(e);
    else if (n.type === 'Quantifier') {
      if (n.max === Infinity && canFailAfter(n, source)) {
        try {
          const body = parser.parseElement(n.element, { backreferences: 'throw', assertions: 'throw' });
          const factory = new NFA.LimitedNodeFactory(MAX_NODES);
          const once = NFA.fromRegex(body.expression, { maxCharacter: body.maxCharacter }, {}, factory);
          once.withoutEmptyWord();
          const twice = once.copy(factory);
          twice.append(once);
          if (!once.isEmpty && !isDisjointWith(once, twice, MAX_NODES)) {
            const word = NFA.fromIntersection(once, twice, factory).words()[Symbol.iterator]().next().value as readonly number[] | undefined;
            found.push({ kind: 'exponential', character: word?.length ? String.fromCodePoint(word[0]!) : '' });
            return;
          }
        } catch {
          /* back-references, assertions or a large automaton: left to scslre */
        }
      }
      visit(n.element as AstNode);
    }
  };
  visit(parser.ast.pattern);
  return found[0];
}

/**
 * Characters a capture group may take and still be inert as JavaScript source: digits, white space,
 * operators and parentheses. Without letters, `$`/`_`, quotes, backslashes or brackets there is no
 * name to reach, no string to build and no member to read (JSFuck needs `[]`).
 */
const INERT_CODE = /^[0-9\s+\-*/%<>=!&|?:,.()^~]$/u;
const groupCache = new Map<string, ReadonlySet<number>>();

/**
 * The capture groups (by number) of a pattern whose every match is inert as code: a tokenizer's
 * number and operator groups (`(\d+)|([-+*\/()])`). Groups with a `.`, a negated class, a letter or a
 * back-reference are left out, and so is everything of a pattern refa cannot read.
 */
export function inertCodeGroups(source: string, flags: string): ReadonlySet<number> {
  const key = `${flags}/${source}`;
  const hit = groupCache.get(key);
  if (hit) return hit;
  const out = new Set<number>();
  if (source.length <= MAX_SOURCE && /\(/.test(source)) {
    try {
      const { JS } = loadRefa();
      const parser = JS.Parser.fromLiteral({ source, flags: flags.replace(/[^dgimsuyv]/g, '') });
      const groups: AstNode[] = [];
      const collect = (n: AstNode) => {
        if (n.type === 'CapturingGroup') groups.push(n);
        if (n.type === 'Pattern' || n.type === 'Group' || n.type === 'CapturingGroup') for (const a of n.alternatives) collect(a);
        else if (n.type === 'Alternative') for (const e of n.elements) collect(e);
        else if (n.type === 'Quantifier') collect(n.element as AstNode);
      };
      collect(parser.ast.pattern);
      groups.forEach((g, i) => {
        try {
          const { expression } = parser.parseElement(g as Parameters<typeof parser.parseElement>[0], { backreferences: 'throw', assertions: 'ignore' });
          if (inert(expression)) out.add(i + 1);
        } catch {
          /* a back-reference or something refa does not take: not known inert */
        }
      });
    } catch {
      /* not a pattern refa reads: no group is known inert */
    }
  }
  if (groupCache.size > 2000) groupCache.clear();
  groupCache.set(key, out);
  return out;
}

interface CharRange { min: number; max: number }
type RefaNode = { type: string; alternatives?: RefaNode[]; elements?: RefaNode[]; characters?: { ranges: readonly CharRange[] } };

function inert(n: RefaNode): boolean {
  switch (n.type) {
    case 'Expression': case 'Alternation': case 'Quantifier': case 'Assertion':
      return (n.alternatives ?? []).every(inert);
    case 'Concatenation':
      return (n.elements ?? []).every(inert);
    case 'CharacterClass':
      // (Ranges are checked character by character: an inert range is a handful of characters.)
      return (n.characters?.ranges ?? []).every((r) => r.max - r.min < 64 && Array.from({ length: r.max - r.min + 1 }, (_, k) => String.fromCodePoint(r.min + k)).every((c) => INERT_CODE.test(c)));
    default:
      return false;
  }
}
