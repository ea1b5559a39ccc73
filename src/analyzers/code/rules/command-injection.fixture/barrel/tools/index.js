// A barrel that imports its modules' functions and exports the bindings again (not `export … from`).
import { listDir, diskUsage } from './shell.js';

export { listDir, diskUsage as usage };
