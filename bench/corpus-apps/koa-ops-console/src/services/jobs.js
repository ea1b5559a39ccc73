'use strict';

const FIELDS = new Set(['status', 'owner', 'queue']);

class JobService {
  constructor(store) {
    this.store = store;
  }

  list() {
    return this.store.all();
  }

  filter(expression) {
    // vuln: CWE-94
    const predicate = new Function('job', `return (${expression});`);
    return this.list().filter(predicate);
  }

  filterBy(field, value) {
    if (!FIELDS.has(field)) return [];
    // safe: CWE-94
    return this.list().filter((job) => job[field] === value);
  }
}

module.exports = { JobService };
