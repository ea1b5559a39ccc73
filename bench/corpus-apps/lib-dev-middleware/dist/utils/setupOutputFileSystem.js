"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fs_1 = __importDefault(require("fs"));
const memfs_1 = require("memfs");
/**
 * The build is written to the compiler's `output.path` and served from there (so SSR and
 * Electron main processes can `require` it); `memoryFs: true` keeps it in memory (memfs)
 * instead. A caller may also pass its own `outputFileSystem`.
 */
function setupOutputFileSystem(context) {
    let outputFileSystem;
    if (context.options.outputFileSystem) {
        outputFileSystem = context.options.outputFileSystem;
    }
    else if (context.options.memoryFs) {
        outputFileSystem = (0, memfs_1.createFsFromVolume)(new memfs_1.Volume());
        outputFileSystem.join = require("path").join.bind(require("path"));
    }
    else {
        outputFileSystem = fs_1.default;
    }
    const compilers = context.compiler.compilers || [context.compiler];
    for (const compiler of compilers) {
        compiler.outputFileSystem = outputFileSystem;
    }
    context.outputFileSystem = outputFileSystem;
}
exports.default = setupOutputFileSystem;
//# sourceMappingURL=setupOutputFileSystem.js.map
