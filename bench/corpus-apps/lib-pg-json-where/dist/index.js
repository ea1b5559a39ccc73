"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quoteIdent = exports.compileWhere = exports.Table = void 0;
var table_1 = require("./table");
Object.defineProperty(exports, "Table", { enumerable: true, get: function () { return table_1.Table; } });
var where_1 = require("./where");
Object.defineProperty(exports, "compileWhere", { enumerable: true, get: function () { return where_1.compileWhere; } });
var ident_1 = require("./ident");
Object.defineProperty(exports, "quoteIdent", { enumerable: true, get: function () { return ident_1.quoteIdent; } });
//# sourceMappingURL=index.js.map
