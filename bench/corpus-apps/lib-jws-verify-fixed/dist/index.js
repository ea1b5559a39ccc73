"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clearJwksCache = exports.fetchJwks = exports.importJwk = exports.decodeProtectedHeader = exports.verify = void 0;
var verify_1 = require("./verify");
Object.defineProperty(exports, "verify", { enumerable: true, get: function () { return verify_1.verify; } });
Object.defineProperty(exports, "decodeProtectedHeader", { enumerable: true, get: function () { return verify_1.decodeProtectedHeader; } });
var jwk_1 = require("./jwk");
Object.defineProperty(exports, "importJwk", { enumerable: true, get: function () { return jwk_1.importJwk; } });
Object.defineProperty(exports, "fetchJwks", { enumerable: true, get: function () { return jwk_1.fetchJwks; } });
Object.defineProperty(exports, "clearJwksCache", { enumerable: true, get: function () { return jwk_1.clearJwksCache; } });
//# sourceMappingURL=index.js.map
