"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Shelf = void 0;
const shelf_1 = __importDefault(require("./shelf"));
exports.Shelf = shelf_1.default;
exports.default = shelf_1.default;
