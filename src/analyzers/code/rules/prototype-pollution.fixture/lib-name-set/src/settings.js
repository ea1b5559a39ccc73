import { deepPut, deepPutOwn } from './deep.js';

// Each setting is stored under its name and its synonyms: a Set drops duplicates.
export default class Settings {
  constructor(synonyms = {}) {
    this.synonyms = synonyms;
  }

  set(name, value) {
    const names = new Set([name, ...(this.synonyms[name] || [])]);
    for (const n of names) deepPut(this.values ??= {}, n.split('/'), value);
  }

  setOwn(name, value) {
    const names = new Set([name, ...(this.synonyms[name] || [])]);
    for (const n of names) deepPutOwn(this.values ??= {}, n.split('/'), value);
  }
}
