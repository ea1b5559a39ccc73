'use strict';

module.exports = {
  // prefix used to access the attributes and the text content of a node
  attrkey: '$',
  charkey: '_',
  // always put child nodes in an array, even when there is only one
  explicitArray: true,
  // wrap the result in an object named after the root element
  explicitRoot: true,
  // merge attributes into the node object instead of `attrkey`
  mergeAttrs: false,
  // always put text content under `charkey`
  explicitCharkey: false,
  ignoreAttrs: false,
  trim: false,
  normalize: false,
  normalizeTags: false,
  // return '' for empty nodes instead of the `emptyTag` value
  emptyTag: '',
  strict: true,
  async: false,
  tagNameProcessors: null,
  attrNameProcessors: null,
  valueProcessors: null,
  attrValueProcessors: null
};
