"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDirectoryName = exports.decodeName = void 0;
/** General purpose bit 11: the name is UTF-8 (otherwise it is IBM code page 437). */
const UTF8_FLAG = 0x800;
// CP437 bytes 0x80-0xFF, as written by old Windows and DOS zip tools.
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/**
 * Decodes a raw entry name (yauzl is opened with `decodeStrings: false`, so names arrive as
 * Buffers) and normalises Windows separators to `/`.
 */
function decodeName(raw, generalPurposeBitFlag) {
    let name;
    if (generalPurposeBitFlag & UTF8_FLAG) {
        name = raw.toString('utf8');
    }
    else {
        name = '';
        for (const byte of raw) {
            name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
        }
    }
    return name.replace(/\\/g, '/');
}
exports.decodeName = decodeName;
function isDirectoryName(name) {
    return name.endsWith('/');
}
exports.isDirectoryName = isDirectoryName;
//# sourceMappingURL=names.js.map
