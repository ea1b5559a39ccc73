import { LOOSE_CODE, STRICT_CODE } from './lib/patterns.js';

const PREFIX = 'REF-';
const LOCAL_LOOSE = new RegExp('^' + PREFIX + '(?:[a-z]+_?)*$');

export function parseLoose(code) {
  // ruleid: js/redos
  const m = LOOSE_CODE.exec(code);
  return m ? { year: Number(m[1]), parts: m[2].split('-') } : null;
}

export function parseStrict(code) {
  // ok: js/redos
  const m = STRICT_CODE.exec(code);
  return m ? { year: Number(m[1]), parts: m[2].split('-') } : null;
}

export function isReference(text) {
  // ruleid: js/redos
  return LOCAL_LOOSE.test(text);
}
