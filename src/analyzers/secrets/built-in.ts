import { SecretDetector } from './detect.js';
import { secretRules } from './rules/index.js';

let detector: SecretDetector | undefined;

/**
 * One detector for the built-in rules per thread, built on first use: the keyword automaton and the
 * compiled rows cost milliseconds that a pre-commit hook or an editor pays on every start, and report
 * redaction, upload validation and a scan with the default secrets settings all want the same one.
 */
export function builtInDetector(): SecretDetector {
  detector ??= new SecretDetector(secretRules);
  return detector;
}
