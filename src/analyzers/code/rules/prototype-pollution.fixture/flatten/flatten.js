// Flattening a nested object into one level: the recursion hands itself the same output object, so
// every write lands on that object's own keys, however deep the source nests.
function flattenInto(nested, flat) {
  for (const prop in nested) {
    if (Object.prototype.hasOwnProperty.call(nested, prop)) {
      const value = nested[prop];
      if (typeof value === 'object' && value !== null) {
        flattenInto(value, flat);
      } else {
        // ok: js/prototype-pollution
        flat[prop] = value;
      }
    }
  }
}

function flatten(nested) {
  const flat = {};
  flattenInto(nested, flat);
  return flat;
}

// A merge that descends into the target with the source is still reported.
function mergeInto(target, source) {
  for (const key in source) {
    if (Object.prototype.hasOwnProperty.call(source, key)) {
      if (typeof source[key] === 'object' && source[key] !== null) {
        if (typeof target[key] === 'undefined') target[key] = {};
        mergeInto(target[key], source[key]);
      } else {
        // ruleid: js/prototype-pollution
        target[key] = source[key];
      }
    }
  }
}

module.exports = { flatten, mergeInto };
