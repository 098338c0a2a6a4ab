/**
 * Where JSON text first goes wrong, found by reading it: browsers and Node word their JSON.parse
 * errors differently, and some give no place at all. The CLI and the Storybook preview both
 * point content designers at the spot with it.
 */
import { quote } from './findings.js';

export interface JsonSyntaxError {
  line: number;
  column: number;
  expected: string;
  found: string;
}

/**
 * Where JSON first goes wrong, and what should be there. Node 20's JSON.parse does not always
 * say where (`Unexpected token '}'`), and its words are a programmer's.
 */
export function syntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  class Stop {
    constructor(readonly expected: string) {}
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (char: string, expected: string) => {
    space();
    if (text[i] !== char) throw new Stop(expected);
    i++;
  };
  const string = () => {
    expect('"', 'a field name in double quotes');
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Stop('a closing double quote');
      if (c === '"') return void i++;
      if (c === '\\') {
        if (!/^(["\\/bfnrt]|u[\da-fA-F]{4})/.test(text.slice(i + 1, i + 6))) throw new Stop('a valid escape after the backslash (write \\\\ for one backslash)');
        i += text[i + 1] === 'u' ? 6 : 2;
      } else if (c < ' ') throw new Stop('no line break or tab inside text in quotes (write \\n for a line break)');
      else i++;
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      expect(',', `a comma (,) or ${quote(close)}`);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        string();
        expect(':', 'a colon (:)');
        value();
      });
    }
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 500));
    if (!literal) throw new Stop('a value (text in double quotes, a number, true, false, null, a list or a group of fields)');
    i += literal[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop('nothing more (the model has ended)');
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, i).split(/\r\n|\r|\n/);
    const found = i < text.length ? `there is ${quote(String.fromCodePoint(text.codePointAt(i) ?? 0))}` : 'the file ends';
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, expected: e.expected, found };
  }
}
