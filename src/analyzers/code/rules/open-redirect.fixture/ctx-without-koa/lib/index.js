const { nextStep } = require('./steps');

module.exports = function run(pipeline) {
  return pipeline.steps.map(() => nextStep);
};
