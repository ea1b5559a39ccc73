// Tag names as ExifTool spells them, optionally with a group: "EXIF:Artist", "XMP-dc:Creator".
const TAG_NAME = /^(?:[A-Za-z0-9-]{1,32}:)?[A-Za-z][A-Za-z0-9]{0,63}$/;

// Pseudo-tags that move or rename the file instead of editing metadata.
const FILE_TAGS = new Set(['filename', 'directory', 'hardlink', 'symlink', 'testname']);

export function tagArgs(tags) {
  const args = [];
  for (const [name, value] of Object.entries(tags)) {
    const bare = name.split(':').pop().toLowerCase();
    if (!TAG_NAME.test(name) || FILE_TAGS.has(bare)) {
      throw new TypeError(`exif-meta: unsupported tag name ${JSON.stringify(name)}`);
    }
    const text = value === null || value === undefined ? '' : String(value).replace(/[\r\n]+/g, ' ');
    args.push(`-${name}=${text}`);
  }
  return args;
}

export function readFlags({ numeric = true, groups = false } = {}) {
  const flags = ['-json', '-charset', 'filename=utf8'];
  if (numeric) flags.push('-n');
  if (groups) flags.push('-G1');
  return flags;
}
