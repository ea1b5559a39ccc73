"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultHelpers = void 0;
/**
 * Helpers registered on every engine. Returned strings are escaped by Handlebars unless they
 * are SafeStrings; `json` escapes `<` so that it can be used inside a <script> block.
 */
function defaultHelpers(hbs) {
    return {
        json(value) {
            return new hbs.SafeString(JSON.stringify(value === undefined ? null : value).replace(/</g, '\\u003c'));
        },
        eq(a, b) {
            return a === b;
        },
        year() {
            return new Date().getFullYear();
        },
        truncate(text, length) {
            const s = String(text !== null && text !== void 0 ? text : '');
            const n = Number(length) || 80;
            return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
        },
        link(text, href) {
            const url = String(href !== null && href !== void 0 ? href : '');
            const safeHref = /^(https?:|mailto:|\/(?![/\\]))/i.test(url) ? url : '#';
            return new hbs.SafeString(`<a href="${hbs.escapeExpression(safeHref)}">${hbs.escapeExpression(text)}</a>`);
        },
    };
}
exports.defaultHelpers = defaultHelpers;
