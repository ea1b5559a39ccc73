'use strict';

const libxmljs = require('libxmljs2');
const productDao = require('../dao/productDao');

function text(node, xpath) {
  const found = node.get(xpath);
  return found ? found.text().trim() : '';
}

function toItem(node) {
  return {
    sku: text(node, 'sku'),
    name: text(node, 'name'),
    description: text(node, 'description'),
    priceCents: Math.round(Number(text(node, 'price')) * 100),
    category: text(node, 'category') || 'uncategorised',
  };
}

// Supplier catalogue upload (back office). Suppliers send a <catalog> with
// <product> children; some of them use entities for repeated legal text.
exports.importCatalog = async (xmlBuffer) => {
  // vuln: CWE-611
  const doc = libxmljs.parseXml(xmlBuffer.toString('utf8'), { noent: true, noblanks: true, huge: true });
  const items = doc.find('//product').map(toItem).filter((item) => item.sku && item.name);
  for (const item of items) {
    await productDao.upsertFromFeed(item);
  }
  return { imported: items.length };
};

// Price-only updates come as a much smaller document.
exports.readPriceUpdates = (xmlText) => {
  // safe: CWE-611
  const doc = libxmljs.parseXml(xmlText, { noblanks: true, nonet: true });
  return doc.find('//price').map((node) => ({
    sku: node.attr('sku') ? node.attr('sku').value() : '',
    cents: Math.round(Number(node.text()) * 100),
  }));
};
