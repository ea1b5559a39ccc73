"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.version = exports.format = exports.toMilliseconds = exports.parseDuration = exports.isValid = exports.parse = void 0;
const parse_1 = require("./parse");
const duration_1 = require("./duration");
const format_1 = require("./format");
const en_1 = __importDefault(require("./locale/en"));
/**
 * Parses a date string: ISO 8601 first, then RFC 2822 (mail and HTTP headers), then, unless
 * `strict`, whatever `Date` accepts.
 *
 * @example parse('Tue, 01 Nov 2022 14:05:00 +0100').date.toISOString()
 */
function parse(input, options = {}) {
    return (0, parse_1.parseDate)(input, options);
}
exports.parse = parse;
function isValid(input, options = {}) {
    const parsed = (0, parse_1.parseDate)(input, options);
    return parsed !== null && !Number.isNaN(parsed.date.getTime());
}
exports.isValid = isValid;
/**
 * Parses `P1DT2H`, `1.02:03:04.500` (ASP.NET time span), `02:03` or a number of milliseconds.
 */
function parseDuration(input) {
    return (0, duration_1.parseDuration)(input);
}
exports.parseDuration = parseDuration;
function toMilliseconds(duration) {
    return (0, duration_1.toMilliseconds)(duration);
}
exports.toMilliseconds = toMilliseconds;
function format(date, pattern = 'YYYY-MM-DDTHH:mm:ssZ', offset = 0) {
    return (0, format_1.formatDate)(date, pattern, offset, en_1.default);
}
exports.format = format;
exports.version = '2.9.1';
