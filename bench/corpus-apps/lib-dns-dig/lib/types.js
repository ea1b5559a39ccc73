'use strict';

const RECORD_TYPES = Object.freeze(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SOA', 'SRV', 'CAA', 'PTR']);

function normaliseType(type) {
  const upper = String(type || 'A').toUpperCase();
  if (!RECORD_TYPES.includes(upper)) {
    throw new TypeError(`dig-lookup: unsupported record type ${JSON.stringify(type)}`);
  }
  return upper;
}

module.exports = { RECORD_TYPES, normaliseType };
