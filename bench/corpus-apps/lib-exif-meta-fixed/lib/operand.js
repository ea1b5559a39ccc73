import path from 'node:path';

// File operands are always passed as absolute paths, so a name can never be read as an option
// ("-Directory=/srv/www", "-if", "-@"), and names with line breaks are refused because the
// -stay_open protocol reads one argument per line.
export function fileOperand(file, cwd) {
  const name = String(file);
  if (!name || /[\r\n\0]/.test(name)) {
    throw new TypeError(`exif-meta: invalid file name ${JSON.stringify(name)}`);
  }
  return path.resolve(cwd || process.cwd(), name);
}
