export { readTags } from './lib/read.js';
export { writeTags, stripAll } from './lib/write.js';
export { ExifDaemon } from './lib/daemon.js';
export { exiftoolVersion } from './lib/version.js';
