"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.extract = extract;
const child_process_1 = require("child_process");
function extract(file, done) {
    // ruleid: js/command-injection
    (0, child_process_1.exec)(`tar -xzf ${file}`, done);
}
