import { BareTable, PlainTable, mixedLevels } from './lib/tables.js';

const bare = new BareTable();
const plain = new PlainTable();

export function remember(group, label, entry) {
  bare.add(group, label, entry);
  plain.add(group, label, entry);
}

export { mixedLevels };
