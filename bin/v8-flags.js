// V8 flags the launcher sets before anything runs (kept apart from bin/vouch.js so tests can read them).
//
// A scan is a short burst through thousands of small functions, each run by a fresh worker isolate.
// With V8's default tiering, a third of a scan's CPU went to the optimising compilers (on V8's
// background threads) compiling functions that had already done most of their work. Raising the
// thresholds makes a function run longer in the lower tiers before it is optimised, so only the
// really hot code (the taint engine's inner loops) is. V8 11 (Node 20) counts an interrupt budget;
// V8 12 and later (Node 22, 24) count invocations and reject the old flag with an error on stderr,
// so the flags follow the engine's version. On Node 22, V8's own tiering made a scan 1.5× slower.
// Measured in bench/RESULTS.md ("JIT tiering", "Node 22 and 24").
const TIERING_V8_11 = ['--interrupt-budget=1000000'];
const TIERING_V8_12 = ['--invocation-count-for-maglev=2800', '--invocation-count-for-turbofan=20000'];

// Young generation of each isolate: V8 13 (Node 24) raised its default, which made a scan's peak
// memory 1.5× Node 22's for no speed; 16 MB is the older default.
const HEAP = ['--max-semi-space-size=16'];

/**
 * The flags to set for this V8 (`process.versions.v8`), leaving out any the user gave node
 * (`execArgv`); `tiering: false` (VOUCH_V8_TIERING=default) keeps V8's own tiering.
 */
export function v8Flags(v8Version, execArgv, tiering = true) {
  const major = Number.parseInt(v8Version, 10);
  const wanted = [...(tiering ? (major >= 12 ? TIERING_V8_12 : TIERING_V8_11) : []), ...HEAP];
  const given = (flag) => execArgv.some((a) => a.startsWith(flag.slice(0, flag.indexOf('='))));
  return wanted.filter((flag) => !given(flag));
}
