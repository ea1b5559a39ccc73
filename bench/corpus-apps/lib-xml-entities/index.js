'use strict';

const { parse, textContent, find } = require('./lib/parser');
const { escapeXml } = require('./lib/entities');

/**
 *   const { parse, textContent } = require('xmlite');
 *   const doc = parse(fs.readFileSync('invoice.xml', 'utf8'), { baseDir: __dirname });
 *   textContent(find(doc.root, 'total'));
 */
module.exports = { parse, textContent, find, escapeXml };
