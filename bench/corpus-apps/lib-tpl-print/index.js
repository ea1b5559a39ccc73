'use strict';

const fs = require('fs');
const Template = require('./lib/template');
const { cache } = require('./lib/utils');

/**
 * Template options an application (or Express, through `res.render(view, data)`) may pass in the
 * data object itself, e.g. `res.render('page', { ..., delimiter: '?' })`.
 */
const DATA_OPTIONS = ['delimiter', 'localsName', 'printName', 'rmWhitespace', 'cache'];

/**
 * Compiles `source` into a render function.
 * @param {string} source
 * @param {import('./lib/template').TemplateOptions} [options]
 * @returns {(data?: object) => string}
 */
function compile(source, options) {
  const template = new Template(source, options);
  return (data) => template.render(data);
}

/**
 * Renders `source` once.
 * @param {string} source
 * @param {object} [data]
 * @param {import('./lib/template').TemplateOptions} [options]
 */
function render(source, data, options) {
  return new Template(source, options).render(data);
}

/**
 * Express view engine: `app.engine('qt', quilltpl.renderFile)`.
 * @param {string} filename
 * @param {object} data  Express passes `res.locals` and the `res.render()` argument merged here
 * @param {(err: Error|null, html?: string) => void} callback
 */
function renderFile(filename, data = {}, callback) {
  const options = { filename };
  for (const key of DATA_OPTIONS) {
    if (Object.prototype.hasOwnProperty.call(data, key)) options[key] = data[key];
  }
  const viewOptions = data.settings && data.settings['view options'];
  if (viewOptions) Object.assign(options, viewOptions);

  let template;
  try {
    template = options.cache && cache.get(filename);
    if (!template) {
      template = new Template(fs.readFileSync(filename, 'utf8'), options);
      if (options.cache) cache.set(filename, template);
    }
  } catch (err) {
    return callback(err);
  }
  let html;
  try {
    html = template.render(data);
  } catch (err) {
    return callback(err);
  }
  return callback(null, html);
}

module.exports = Template;
module.exports.Template = Template;
module.exports.compile = compile;
module.exports.render = render;
module.exports.renderFile = renderFile;
module.exports.__express = renderFile;
module.exports.clearCache = () => cache.clear();
