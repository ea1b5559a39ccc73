/**
 * Facts for rules whose flaw spans two files: a helper one file declares (where the finding is
 * reported) and a call from another file that makes it a flaw (project-rules.ts joins them).
 */
import type { Location } from '../../../findings/finding.js';

export interface HelperFact {
  /** Names the function is called by from other files: its own name, its export aliases, `default`. */
  names: string[];
  location: Location;
  snippet?: string;
  suppression?: { reason: string; line: number };
}

/** A call from this file to a function of another file (`spec`: the import specifier). */
export interface HelperCall {
  spec: string;
  name: string;
  line: number;
}
