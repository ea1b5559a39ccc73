"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `[{ outputPath, publicPath }]` for every child compiler, from the last stats.
 */
function getPaths(context) {
    const { stats, options } = context;
    const childStats = stats && stats.stats ? stats.stats : [stats];
    const publicPaths = [];
    for (const { compilation } of childStats) {
        const outputPath = compilation.getPath(compilation.outputOptions.path || '');
        const publicPath = options.publicPath
            ? compilation.getPath(options.publicPath)
            : compilation.outputOptions.publicPath
                ? compilation.getPath(compilation.outputOptions.publicPath)
                : '';
        publicPaths.push({ outputPath, publicPath });
    }
    return publicPaths;
}
exports.default = getPaths;
//# sourceMappingURL=getPaths.js.map
