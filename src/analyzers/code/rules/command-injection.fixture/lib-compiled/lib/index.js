"use strict";
// TypeScript's CommonJS output for `export * from './shell'` and `export { extract } from './archive'`.
var __createBinding = (this && this.__createBinding) || function (o, m, k, k2) { if (k2 === undefined) k2 = k; o[k2] = m[k]; };
var __exportStar = (this && this.__exportStar) || function (m, exports) { for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p); };
Object.defineProperty(exports, "__esModule", { value: true });
exports.extract = void 0;
__exportStar(require("./shell"), exports);
var archive_1 = require("./archive");
Object.defineProperty(exports, "extract", { enumerable: true, get: function () { return archive_1.extract; } });
