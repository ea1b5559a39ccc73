/**
 * Regular expressions for the escape sequences terminals actually emit.
 * Kept in one place so that strip, width and tokenize agree on what a sequence is.
 */

/** Any CSI sequence (`ESC [ params intermediates final`) or a two-byte escape. */
export const ANY_SEQUENCE = /[\u001B\u009B](?:\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])/g;

/** OSC sequences (window title, hyperlinks) terminated by BEL or ST. */
export const OSC_SEQUENCE = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/**
 * An SGR sequence (`ESC [ 1;31 m`) with its parameter list captured.
 */
export const SGR_SEQUENCE = /\u001B\[((?:\d+;?)*)m/g;

/** Used only to decide whether to do any work at all. */
export const ESCAPE_CHAR = /[\u001B\u009B]/;
