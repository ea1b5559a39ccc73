/**
 * Splits terminal output into tokens:
 *   { type: 'text', text }            plain text
 *   { type: 'sgr', params: number[] } CSI ... m (colours, bold, ...)
 *   { type: 'link', url, params }     OSC 8 ; params ; URI ST  (URI empty = end of link)
 * Other CSI / OSC sequences are dropped. The scanner is a single pass with indexOf, no regex.
 */
const ESC = '\u001b';
const BEL = '\u0007';

function oscEnd(input, from) {
  const bel = input.indexOf(BEL, from);
  const st = input.indexOf(`${ESC}\\`, from);
  if (bel === -1 && st === -1) return null;
  if (st === -1 || (bel !== -1 && bel < st)) return { end: bel, next: bel + 1 };
  return { end: st, next: st + 2 };
}

export function tokenize(input) {
  const tokens = [];
  let pos = 0;
  let textStart = 0;

  const flush = (until) => {
    if (until > textStart) tokens.push({ type: 'text', text: input.slice(textStart, until) });
  };

  while (pos < input.length) {
    const esc = input.indexOf(ESC, pos);
    if (esc === -1) break;
    const kind = input[esc + 1];

    if (kind === '[') {
      // CSI: parameters 0x30-0x3f, intermediates 0x20-0x2f, final byte 0x40-0x7e
      let i = esc + 2;
      while (i < input.length && input.charCodeAt(i) >= 0x20 && input.charCodeAt(i) <= 0x3f) i++;
      if (i >= input.length) break;
      flush(esc);
      if (input[i] === 'm') {
        const raw = input.slice(esc + 2, i);
        const params = raw === '' ? [0] : raw.split(/[;:]/).map((p) => (p === '' ? 0 : Number.parseInt(p, 10) || 0));
        tokens.push({ type: 'sgr', params });
      }
      pos = textStart = i + 1;
      continue;
    }

    if (kind === ']') {
      const term = oscEnd(input, esc + 2);
      if (!term) break;
      flush(esc);
      const body = input.slice(esc + 2, term.end);
      if (body.startsWith('8;')) {
        const sep = body.indexOf(';', 2);
        if (sep !== -1) {
          tokens.push({ type: 'link', params: body.slice(2, sep), url: body.slice(sep + 1) });
        }
      }
      pos = textStart = term.next;
      continue;
    }

    // lone ESC or a two-byte sequence: drop both bytes
    flush(esc);
    pos = textStart = Math.min(esc + 2, input.length);
  }

  flush(input.length);
  return tokens;
}
