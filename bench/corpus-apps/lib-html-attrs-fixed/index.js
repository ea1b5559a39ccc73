'use strict';

Object.defineProperty(exports, '__esModule', { value: true });

const escape_1 = require('./lib/escape');
const attrs_1 = require('./lib/attrs');
const tag_1 = require('./lib/tag');
const linkify_1 = require('./lib/linkify');

exports.escapeHtml = escape_1.escapeHtml;
exports.stripTags = escape_1.stripTags;
exports.renderAttrs = attrs_1.renderAttrs;
exports.classNames = attrs_1.classNames;
exports.tag = tag_1.tag;
exports.linkify = linkify_1.linkify;
