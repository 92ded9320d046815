/**
 * Offsets inside a JSON text, for error messages that point at a line and column: where the first
 * syntax error is, and where the value at a given path starts (JSON.parse gives neither reliably).
 */
import { findNodeAtLocation, ParseError, ParseErrorCode, parseTree } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export type JsonLayout =
  | { kind: 'valid'; offsetOf(path: JsonPath): number }
  | { kind: 'invalid'; offset: number; problem: string };

const PROBLEMS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'expected a property name',
  [ParseErrorCode.ValueExpected]: 'expected a value',
  [ParseErrorCode.ColonExpected]: "expected ':'",
  [ParseErrorCode.CommaExpected]: "expected ',' or a closing bracket",
  [ParseErrorCode.CloseBraceExpected]: "expected '}'",
  [ParseErrorCode.CloseBracketExpected]: "expected ']'",
  [ParseErrorCode.EndOfFileExpected]: 'unexpected text after the end of the JSON',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'malformed \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'malformed escape',
  [ParseErrorCode.InvalidCharacter]: 'control character in a string',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed',
};

export function layoutOfJson(text: string): JsonLayout {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    return { kind: 'invalid', offset: first?.offset ?? text.length, problem: (first && PROBLEMS[first.error]) ?? 'expected a value' };
  }
  // A path to a missing property points at the nearest value that exists on the way to it.
  const offsetOf = (path: JsonPath): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n));
      if (node) return node.offset;
    }
    return 0;
  };
  return { kind: 'valid', offsetOf };
}
