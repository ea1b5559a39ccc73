'use strict';

const re = require('./re');
const { Comparator } = require('./comparator');

const isX = (id) => !id || id === 'x' || id === 'X' || id === '*';

/** Turns one comparator token (`^1.2`, `~1.2.3`, `>=1.x`, `1.2.*`) into plain comparators. */
function desugar(token) {
  const m = token.match(re.XRANGE);
  if (!m) throw new TypeError(`Invalid comparator: ${token}`);
  const [, op = '', majorS, minorS, patchS, pre] = m;
  const major = Number(majorS);
  const minor = Number(minorS);
  const patch = Number(patchS);
  const tail = pre ? `-${pre}` : '';

  if (isX(majorS)) return op === '<' || op === '>' ? [new Comparator('<', '0.0.0-0')] : [new Comparator('', null)];

  if (op === '^') {
    if (isX(minorS)) return [new Comparator('>=', `${major}.0.0`), new Comparator('<', `${major + 1}.0.0-0`)];
    if (isX(patchS)) {
      return major === 0
        ? [new Comparator('>=', `0.${minor}.0`), new Comparator('<', `0.${minor + 1}.0-0`)]
        : [new Comparator('>=', `${major}.${minor}.0`), new Comparator('<', `${major + 1}.0.0-0`)];
    }
    const upper = major > 0 ? `${major + 1}.0.0-0` : minor > 0 ? `0.${minor + 1}.0-0` : `0.0.${patch + 1}-0`;
    return [new Comparator('>=', `${major}.${minor}.${patch}${tail}`), new Comparator('<', upper)];
  }

  if (op === '~' || op === '~>') {
    if (isX(minorS)) return [new Comparator('>=', `${major}.0.0`), new Comparator('<', `${major + 1}.0.0-0`)];
    const lower = isX(patchS) ? `${major}.${minor}.0` : `${major}.${minor}.${patch}${tail}`;
    return [new Comparator('>=', lower), new Comparator('<', `${major}.${minor + 1}.0-0`)];
  }

  if (isX(minorS) || isX(patchS)) {
    const lower = isX(minorS) ? `${major}.0.0` : `${major}.${minor}.0`;
    const upper = isX(minorS) ? `${major + 1}.0.0-0` : `${major}.${minor + 1}.0-0`;
    if (op === '>' ) return [new Comparator('>=', upper)];
    if (op === '<') return [new Comparator('<', `${lower}-0`)];
    if (op === '<=') return [new Comparator('<', upper)];
    if (op === '>=') return [new Comparator('>=', lower)];
    return [new Comparator('>=', lower), new Comparator('<', upper)];
  }

  return [new Comparator(op, `${major}.${minor}.${patch}${tail}`)];
}

module.exports = { desugar };
