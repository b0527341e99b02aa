import { compileExpression } from 'filtrex';

export type CustomRuleInput = Record<string, Record<string, number | string> | number | string>;
type Compiled = (input: CustomRuleInput) => unknown;

const compiled = new Map<string, Compiled>();

/**
 * `W1.maxDaysLate` walks the input's OWN properties only, so nothing reaches a prototype
 * (`x.constructor` is simply missing). A missing value reads as NaN, so a comparison with it is
 * false (`!=` apart) without failing the rest of the expression (`A.x > 1 or B.y > 1` still sees B).
 */
function ownPath(name: string, _get: unknown, input: unknown): unknown {
  let value: unknown = input;
  for (const key of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return Number.NaN;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Compiles a staff-written condition with filtrex: a small expression grammar (arithmetic,
 * comparisons, and/or/not, if-then-else, a few math functions) that cannot reach JavaScript.
 */
export function compileCondition(expression: string): Compiled {
  let condition = compiled.get(expression);
  if (!condition) {
    condition = compileExpression(expression, { customProp: ownPath }) as Compiled;
    compiled.set(expression, condition);
  }
  return condition;
}

/**
 * Why an expression cannot be used, or null when it compiles, evaluates on a sample input and
 * uses only current syntax and known functions.
 */
export function conditionProblem(expression: string, sample: CustomRuleInput): string | null {
  const deprecated = deprecatedSyntax(expression);
  if (deprecated) return deprecated;
  const result = evaluate(expression, sample);
  return result instanceof Error ? result.message : unknownFunction(expression);
}

/** The expression's value on `input`, or its syntax or runtime problem as an Error. */
function evaluate(expression: string, input: CustomRuleInput): unknown {
  try {
    return compileCondition(expression)(input);
  } catch (error) {
    return new Error(syntaxProblem((error as Error).message));
  }
}

/**
 * filtrex reports a syntax error over four lines (the error, the expression, a caret under the
 * spot, what it expected); an editor shows one: "Parse error at line 1, character 11: Expecting …".
 */
function syntaxProblem(message: string): string {
  const [headline, , caretLine, expected] = message.split('\n');
  const located = /^(.*?) on line (\d+)[:.]\s*(.*)$/.exec(headline);
  if (!located || caretLine === undefined) return headline;
  const [, kind, line, detail] = located;
  return `${kind} at line ${line}, character ${caretLine.indexOf('^') + 1}: ${expected ?? detail}`;
}

/** filtrex's tokens (strings, quoted names, numbers, names, single characters), whitespace apart. */
const TOKEN = /"(?:\\"|\\\\|[^"\\])*"|'(?:\\'|\\\\|[^'\\])*'|[0-9]+(?:\.[0-9]+)?|[a-zA-Z$_][.a-zA-Z0-9$_]*|\S/g;
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'of', 'if', 'then', 'else', 'mod']);

/** filtrex 3 still runs these but warns on the console; a later version may drop them. */
const DEPRECATED: Readonly<Record<string, string>> = {
  '%': 'write `a mod b` instead of the deprecated `a % b`',
  '?': 'write `if a then b else c` instead of the deprecated `a ? b : c`',
};

function deprecatedSyntax(expression: string): string | null {
  const token = (expression.match(TOKEN) ?? []).find((candidate) => Object.hasOwn(DEPRECATED, candidate));
  return token === undefined ? null : DEPRECATED[token];
}

/**
 * filtrex finds an unknown function only when it evaluates the call, and `A and f(x)` never calls
 * f while A is false on the sample: every name followed by `(` is tried on its own instead.
 */
function unknownFunction(expression: string): string | null {
  const tokens = expression.match(TOKEN) ?? [];
  for (const [i, name] of tokens.entries()) {
    if (tokens[i + 1] !== '(' || KEYWORDS.has(name) || !/^[a-zA-Z$_']/.test(name)) continue;
    const called = evaluate(`${name}()`, {});
    if (called instanceof Error) return called.message;
  }
  return null;
}

/** filtrex reports runtime problems (unknown function, wrong type) as returned Error values. */
export function conditionHolds(expression: string, input: CustomRuleInput): boolean {
  const result = compileCondition(expression)(input);
  return !(result instanceof Error) && Boolean(result);
}
