import ArgvParser from './src/parser.js';

/**
 * Parses an argument list with a throw-away {@link ArgvParser}.
 *
 *   parseArgs(['build', '--out.dir=dist', '--minify', '-v'])
 *   // → { _: ['build'], out: { dir: 'dist' }, minify: true, v: true }
 *
 * @param {string[]} [argv] defaults to `process.argv.slice(2)`
 * @param {import('./src/parser.js').ParserOptions} [options]
 */
export function parseArgs(argv = process.argv.slice(2), options = {}) {
  return new ArgvParser(options).parse(argv);
}

export { ArgvParser };
export default ArgvParser;
