"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeOptions = exports.DEFAULTS = void 0;
exports.DEFAULTS = {
    dot: false,
    nocase: false,
    nobrace: false,
    maxExpansions: 1000,
    maxLength: 1024,
    matchBase: false,
};
function normalizeOptions(options) {
    const merged = Object.assign(Object.assign({}, exports.DEFAULTS), options);
    merged.maxExpansions = Math.max(1, Math.floor(Number(merged.maxExpansions) || exports.DEFAULTS.maxExpansions));
    merged.maxLength = Math.max(1, Math.floor(Number(merged.maxLength) || exports.DEFAULTS.maxLength));
    merged.dot = !!merged.dot;
    merged.nocase = !!merged.nocase;
    merged.nobrace = !!merged.nobrace;
    merged.matchBase = !!merged.matchBase;
    return merged;
}
exports.normalizeOptions = normalizeOptions;
//# sourceMappingURL=options.js.map
