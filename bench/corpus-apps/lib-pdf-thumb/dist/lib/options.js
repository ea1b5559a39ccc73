"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeOptions = exports.DEFAULTS = void 0;
exports.DEFAULTS = Object.freeze({
    size: '256x256',
    page: 1,
    density: 72,
    quality: 85,
    background: 'white',
    timeout: 30000,
});
const BACKGROUNDS = new Set(['white', 'black', 'none', 'transparent']);
function positiveInt(value, name, max) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) {
        throw new RangeError(`${name} must be an integer between 1 and ${max}`);
    }
    return n;
}
/**
 * Fills in defaults and checks the numeric options. `size` is an ImageMagick geometry
 * (`320x320`, `320x`, `50%`, `320x320>`) and is passed through.
 */
function normalizeOptions(options = {}) {
    const o = { ...exports.DEFAULTS, ...options };
    return {
        size: String(o.size),
        page: positiveInt(o.page, 'page', 10000),
        density: positiveInt(o.density, 'density', 600),
        quality: positiveInt(o.quality, 'quality', 100),
        background: BACKGROUNDS.has(o.background) ? o.background : exports.DEFAULTS.background,
        timeout: positiveInt(o.timeout, 'timeout', 10 * 60 * 1000),
    };
}
exports.normalizeOptions = normalizeOptions;
//# sourceMappingURL=options.js.map
