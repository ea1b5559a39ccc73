"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Runs `callback` now if the last compilation finished, or after the next one.
 */
function ready(context, callback, req) {
    if (context.state) {
        callback(context.stats);
        return;
    }
    const name = (req && req.url) || callback.name;
    context.logger.info(`wait until bundle finished${name ? `: ${name}` : ''}`);
    context.callbacks.push(callback);
}
exports.default = ready;
//# sourceMappingURL=ready.js.map
