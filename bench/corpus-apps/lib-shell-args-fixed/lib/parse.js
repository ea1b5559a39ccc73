'use strict';

var CONTROL = ['||', '&&', ';;', '|&', '<(', '>>', '>&', '&', ';', '(', ')', '|', '<', '>'];

function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function startsControl(str, i) {
    for (var k = 0; k < CONTROL.length; k++) {
        if (str.substr(i, CONTROL[k].length) === CONTROL[k]) {
            return CONTROL[k];
        }
    }
    return null;
}

function lookupVar(env, name) {
    var value = typeof env === 'function' ? env(name) : env[name];
    if (value === undefined || value === null) {
        return '';
    }
    return String(value);
}

function readVarName(str, i) {
    if (str[i] === '{') {
        var close = str.indexOf('}', i + 1);
        if (close === -1) {
            throw new Error('Bad substitution: ' + str.slice(i - 1));
        }
        return { name: str.slice(i + 1, close), end: close + 1 };
    }
    var j = i;
    while (j < str.length && /[A-Za-z0-9_]/.test(str[j])) {
        j++;
    }
    return { name: str.slice(i, j), end: j };
}

/**
 * Split a command line into words and `{ op }` control operators. `$VAR` and `${VAR}` are
 * replaced from `env` (an object or a lookup function) outside single quotes.
 */
module.exports = function parse(str, env) {
    env = env || {};
    var out = [];
    var word = null;
    var i = 0;

    function push() {
        if (word !== null) {
            out.push(word);
            word = null;
        }
    }

    while (i < str.length) {
        var c = str[i];
        if (isSpace(c)) {
            push();
            i++;
            continue;
        }
        if (c === '#' && word === null) {
            push();
            out.push({ comment: str.slice(i + 1) });
            break;
        }
        var op = startsControl(str, i);
        if (op) {
            push();
            out.push({ op: op });
            i += op.length;
            continue;
        }
        word = word || '';
        if (c === "'") {
            var end = str.indexOf("'", i + 1);
            if (end === -1) {
                throw new Error('Unterminated single quote');
            }
            word += str.slice(i + 1, end);
            i = end + 1;
        } else if (c === '"') {
            i++;
            while (i < str.length && str[i] !== '"') {
                if (str[i] === '\\' && (str[i + 1] === '"' || str[i + 1] === '\\' || str[i + 1] === '$')) {
                    word += str[i + 1];
                    i += 2;
                } else if (str[i] === '$') {
                    var ref = readVarName(str, i + 1);
                    word += lookupVar(env, ref.name);
                    i = ref.end;
                } else {
                    word += str[i++];
                }
            }
            if (str[i] !== '"') {
                throw new Error('Unterminated double quote');
            }
            i++;
        } else if (c === '\\') {
            word += str[i + 1] || '';
            i += 2;
        } else if (c === '$') {
            var v = readVarName(str, i + 1);
            word += lookupVar(env, v.name);
            i = v.end;
        } else {
            word += c;
            i++;
        }
    }
    push();
    return out;
};
