'use strict';
const yaml = require('js-yaml');

exports.handler = async (event) => {
  // js-yaml 4: load() uses the safe default schema.
  // ok: js/unsafe-deserialization
  const config = yaml.load(event.body);
  return { statusCode: 200, body: JSON.stringify(config) };
};
