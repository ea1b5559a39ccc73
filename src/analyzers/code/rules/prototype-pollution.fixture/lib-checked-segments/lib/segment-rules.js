// Which path segments may name a property: the check lives in its own module.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainSegment(segment) {
  return !PROTOTYPE_KEYS.has(segment);
}

function isShortSegment(segment) {
  return segment.length < 64;
}

module.exports = { isPlainSegment, isShortSegment };
