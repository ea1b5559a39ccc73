'use strict';

var prefixMatch = /(?!xmlns)^.*:/;

exports.normalize = function normalize(str) {
  return str.toLowerCase();
};

exports.firstCharLowerCase = function firstCharLowerCase(str) {
  return str.charAt(0).toLowerCase() + str.slice(1);
};

exports.stripPrefix = function stripPrefix(str) {
  return str.replace(prefixMatch, '');
};

exports.parseNumbers = function parseNumbers(str) {
  if (str !== '' && !isNaN(str)) {
    str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
  }
  return str;
};

exports.parseBooleans = function parseBooleans(str) {
  if (/^(?:true|false)$/i.test(str)) {
    str = str.toLowerCase() === 'true';
  }
  return str;
};

exports.apply = function apply(processors, item, key) {
  if (!processors) {
    return item;
  }
  for (var i = 0; i < processors.length; i++) {
    item = processors[i](item, key);
  }
  return item;
};
