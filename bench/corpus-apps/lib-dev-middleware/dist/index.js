"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.devMiddleware = void 0;
const middleware_1 = __importDefault(require("./middleware"));
const setupOutputFileSystem_1 = __importDefault(require("./utils/setupOutputFileSystem"));
const ready_1 = __importDefault(require("./utils/ready"));
const noop = () => { };
/**
 * Creates the middleware for a compiler (webpack / rspack `Compiler` or `MultiCompiler`).
 *
 * @example
 * const compiler = webpack(config);
 * app.use(devMiddleware(compiler, { publicPath: '/assets/' }));
 */
function devMiddleware(compiler, options = {}) {
    const context = {
        state: false,
        stats: undefined,
        callbacks: [],
        options: { index: 'index.html', methods: ['GET', 'HEAD'], ...options },
        compiler,
        logger: compiler.getInfrastructureLogger('bundle-dev-middleware'),
        outputFileSystem: undefined,
        watching: undefined,
    };
    const done = (stats) => {
        context.state = true;
        context.stats = stats;
        process.nextTick(() => {
            const callbacks = context.callbacks;
            context.callbacks = [];
            callbacks.forEach((callback) => callback(stats));
        });
    };
    const invalid = () => {
        if (context.state) {
            context.logger.log('Compilation starting...');
        }
        context.state = false;
        context.stats = undefined;
    };
    compiler.hooks.watchRun.tap('bundle-dev-middleware', invalid);
    compiler.hooks.invalid.tap('bundle-dev-middleware', invalid);
    compiler.hooks.done.tap('bundle-dev-middleware', done);
    (0, setupOutputFileSystem_1.default)(context);
    const watchOptions = compiler.options.watchOptions || {};
    context.watching = compiler.watch(watchOptions, (error) => {
        if (error) {
            context.logger.error(error);
        }
    });
    const instance = (0, middleware_1.default)(context);
    instance.waitUntilValid = (callback = noop) => {
        (0, ready_1.default)(context, callback);
    };
    instance.invalidate = (callback = noop) => {
        (0, ready_1.default)(context, callback);
        context.watching?.invalidate();
    };
    instance.close = (callback = noop) => {
        context.watching?.close(callback);
    };
    instance.context = context;
    return instance;
}
exports.devMiddleware = devMiddleware;
exports.default = devMiddleware;
module.exports = Object.assign(devMiddleware, exports);
//# sourceMappingURL=index.js.map
