// Hand-written entity expansion in an XML parser.
const REFERENCE = /&([A-Za-z_][\w.-]*);/g;
const MAX_EXPANSIONS = 10000;

// Each replacement is expanded again, without any count: "billion laughs".
function expandText(text, entities, open = []) {
  return text.replace(REFERENCE, (whole, name) => {
    if (!entities.has(name)) return whole;
    if (open.includes(name)) throw new Error(`recursive entity &${name};`);
    // ruleid: js/xml-entity-expansion
    return expandText(entities.get(name), entities, [...open, name]);
  });
}

// Counted per document and bounded.
function expandCounted(text, entities, state = { count: 0 }) {
  return text.replace(REFERENCE, (whole, name) => {
    if (!entities.has(name)) return whole;
    if (++state.count > MAX_EXPANSIONS) throw new Error('entity expansion limit exceeded');
    // ok: js/xml-entity-expansion
    return expandCounted(entities.get(name), entities, state);
  });
}

// One level only: the replacement is not expanded again.
function expandOnce(text, entities) {
  // ok: js/xml-entity-expansion
  return text.replace(/&(\w+);/g, (whole, name) => (entities.has(name) ? String(entities.get(name)) : whole));
}

// Not entity references: a template's `{{name}}` placeholders.
function fill(text, vars) {
  // ok: js/xml-entity-expansion
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name) => (name in vars ? fill(String(vars[name]), vars) : whole));
}

module.exports = { expandText, expandCounted, expandOnce, fill };
