'use strict';

const cache = new Map();

function cacheKey(name, dir) {
  return `${dir || ''}\u0000${name}`;
}

/** @returns {object|undefined} */
function get(name, dir) {
  return cache.get(cacheKey(name, dir));
}

/** Stores and returns `data`. */
function set(name, dir, data) {
  if (data) cache.set(cacheKey(name, dir), data);
  return data;
}

function clear() {
  cache.clear();
}

module.exports = { get, set, clear };
