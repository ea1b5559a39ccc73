'use strict';

const fs = require('fs');
const { View, CheckedView } = require('./lib/view');

// Options the render data may carry, copied under keys the loop names.
const FROM_DATA = ['writer', 'scopeName'];

function optionsFrom(file, data) {
  const options = { file };
  for (const key of FROM_DATA) {
    if (Object.prototype.hasOwnProperty.call(data, key)) options[key] = data[key];
  }
  return options;
}

function showFile(file, data = {}) {
  return new View(fs.readFileSync(file, 'utf8'), optionsFrom(file, data)).show(data);
}

function showFileChecked(file, data = {}) {
  return new CheckedView(fs.readFileSync(file, 'utf8'), optionsFrom(file, data)).show(data);
}

module.exports = { showFile, showFileChecked };
