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
/** `320x320`, `320x`, `x240`, `50%`, optionally followed by one of `> < ! ^`. */
const GEOMETRY = /^(?:\d{1,5}x\d{0,5}|x\d{1,5}|\d{1,5}|\d{1,3}%)[><!^]?$/;
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
 * (`320x320`, `320x`, `50%`, `320x320>`) checked against {@link GEOMETRY}.
 */
function normalizeOptions(options = {}) {
    const o = { ...exports.DEFAULTS, ...options };
    const size = String(o.size);
    if (!GEOMETRY.test(size)) {
        throw new TypeError(`invalid size ${JSON.stringify(size)}`);
    }
    return {
        size,
        page: positiveInt(o.page, 'page', 10000),
        density: positiveInt(o.density, 'density', 600),
        quality: positiveInt(o.quality, 'quality', 100),
        background: BACKGROUNDS.has(o.background) ? o.background : exports.DEFAULTS.background,
        timeout: positiveInt(o.timeout, 'timeout', 10 * 60 * 1000),
    };
}
exports.normalizeOptions = normalizeOptions;
//# sourceMappingURL=options.js.map
