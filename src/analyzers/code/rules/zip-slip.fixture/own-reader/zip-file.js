'use strict';

module.exports = function ZipFile(buffer) {
  const entries = [];
  return { get entries() { return entries; }, buffer };
};
