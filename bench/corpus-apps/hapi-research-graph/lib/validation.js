'use strict';

// Field formats shared by the plugins' handlers.
module.exports = {
  // An ORCID-like researcher id: four groups of four digits.
  researcherId: /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/,
  // Tags: words separated by single dashes ("graph-theory", "protein-folding-2").
  tag: /^([a-z0-9]+-?)+$/,
  doi: /^10\.\d{4,9}\/[-._;()/:A-Z0-9]+$/i,
};
