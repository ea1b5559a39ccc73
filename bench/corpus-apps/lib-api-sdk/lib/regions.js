'use strict';

/** API roots per data-residency region. */
const REGIONS = Object.freeze({
  us: 'https://api.statusboard.io/v3/',
  eu: 'https://api.eu.statusboard.io/v3/',
  ap: 'https://api.ap.statusboard.io/v3/',
});

/**
 * @param {string} region
 * @returns {string} the API root of `region`
 */
function baseUrlFor(region) {
  if (!Object.prototype.hasOwnProperty.call(REGIONS, region)) {
    throw new RangeError(`Unknown region "${region}", expected one of ${Object.keys(REGIONS).join(', ')}`);
  }
  return REGIONS[region];
}

module.exports = { REGIONS, baseUrlFor };
