"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.__express = exports.engine = exports.create = exports.ViewEngine = void 0;
const engine_1 = require("./engine");
Object.defineProperty(exports, "ViewEngine", { enumerable: true, get: function () { return engine_1.ViewEngine; } });
/**
 *   const hbsViews = require('hbs-view-layouts');
 *   app.engine('hbs', hbsViews.engine({ partialsDir: 'views/partials', defaultLayout: 'main' }));
 *   app.set('view engine', 'hbs');
 *   res.render('products', { products, layout: 'shop' });
 */
function create(config) {
    return new engine_1.ViewEngine(config);
}
exports.create = create;
function engine(config) {
    const instance = new engine_1.ViewEngine(config);
    return (filePath, options, callback) => instance.render(filePath, options, callback);
}
exports.engine = engine;
// `app.set('view engine', 'hbs')` without `app.engine(...)`: Express requires the module and
// calls its `__express` export.
exports.__express = engine();
