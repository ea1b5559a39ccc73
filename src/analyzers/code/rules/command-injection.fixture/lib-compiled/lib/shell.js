"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listDir = listDir;
exports.listDirSafe = listDirSafe;
const child_process_1 = require("child_process");
function listDir(dir, done) {
    // ruleid: js/command-injection
    (0, child_process_1.exec)(`ls -l ${dir}`, done);
}
function listDirSafe(dir, done) {
    // ok: js/command-injection
    (0, child_process_1.execFile)('ls', ['-l', '--', dir], done);
}
