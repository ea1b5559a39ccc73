'use strict';

const AGGREGATES = {
  sum: (values) => values.reduce((a, b) => a + b, 0),
  max: (values) => Math.max(...values),
};

class MetricsService {
  constructor(samples) {
    this.samples = samples;
  }

  derive(formula) {
    // ruleid: js/code-injection
    const compute = new Function('s', `return ${formula};`);
    return this.samples.map(compute);
  }

  aggregate(name) {
    const fn = Object.prototype.hasOwnProperty.call(AGGREGATES, name) ? AGGREGATES[name] : AGGREGATES.sum;
    // ok: js/code-injection
    return fn(this.samples.map((s) => Number(s.value)));
  }
}

module.exports = { MetricsService };
