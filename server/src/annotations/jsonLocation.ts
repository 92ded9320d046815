/**
 * Offsets inside a JSON text, for error messages that point at a line and column: where the first
 * syntax error is, and where the value at a given path starts. JSON.parse gives neither reliably
 * (V8 omits the position from some of its messages).
 */

export type JsonPath = (string | number)[];

export type JsonLayout =
  | { kind: 'valid'; offsetOf(path: JsonPath): number }
  | { kind: 'invalid'; offset: number; problem: string };

class JsonSyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export function pathKey(path: JsonPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
}

export function layoutOfJson(text: string): JsonLayout {
  const offsets = new Map<string, number>();
  let pos = 0;

  const fail = (problem: string): never => {
    throw new JsonSyntaxProblem(pos, problem);
  };
  const skipWhitespace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const expect = (char: string, problem: string) => {
    skipWhitespace();
    if (text[pos] !== char) fail(problem);
    pos++;
  };
  const readString = (): string => {
    const start = pos++;
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const code = text.charCodeAt(pos);
      if (code === 0x22) break;
      if (code < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      if (code === 0x5c) {
        ESCAPE.lastIndex = pos;
        if (!ESCAPE.test(text)) fail('invalid escape sequence in a string');
        pos = ESCAPE.lastIndex;
      } else pos++;
    }
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const readValue = (path: JsonPath): void => {
    skipWhitespace();
    offsets.set(pathKey(path), pos);
    const char = text[pos];
    if (char === '{') readObject(path);
    else if (char === '[') readArray(path);
    else if (char === '"') readString();
    else if (text.startsWith('true', pos)) pos += 4;
    else if (text.startsWith('false', pos)) pos += 5;
    else if (text.startsWith('null', pos)) pos += 4;
    else {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) fail(pos >= text.length ? 'unexpected end of file: a value is missing' : 'expected a value');
      pos = NUMBER.lastIndex;
    }
  };
  const readObject = (path: JsonPath) => {
    pos++;
    skipWhitespace();
    if (text[pos] === '}') {
      pos++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') fail('expected a property name in double quotes');
      const key = readString();
      expect(':', "expected ':' after the property name");
      readValue([...path, key]);
      skipWhitespace();
      if (text[pos] === '}') break;
      if (text[pos] !== ',') fail("expected ',' or '}' after the property value");
      pos++;
    }
    pos++;
  };
  const readArray = (path: JsonPath) => {
    pos++;
    skipWhitespace();
    if (text[pos] === ']') {
      pos++;
      return;
    }
    for (let index = 0; ; index++) {
      readValue([...path, index]);
      skipWhitespace();
      if (text[pos] === ']') break;
      if (text[pos] !== ',') fail("expected ',' or ']' after the array element");
      pos++;
    }
    pos++;
  };

  try {
    readValue([]);
    skipWhitespace();
    if (pos < text.length) fail('unexpected text after the end of the JSON document');
  } catch (error) {
    if (error instanceof JsonSyntaxProblem) return { kind: 'invalid', offset: error.offset, problem: error.message };
    throw error;
  }
  return {
    kind: 'valid',
    // The nearest recorded ancestor stands in for a path that is missing (a required property left out).
    offsetOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const offset = offsets.get(pathKey(path.slice(0, length)));
        if (offset !== undefined) return offset;
      }
      return 0;
    },
  };
}
