import { type RuleSet, validateRuleSet } from '@concord/risk-rules';

export interface DraftProblem {
  path: string;
  message: string;
}

/**
 * Reads the editor's text as a rule set and checks it with the same validator the risk-engine
 * runs on save, so problems show by path while typing; the server checks again on save. Paths
 * carry the `ruleSet.` prefix of the server's 400 answer, so both read alike.
 */
export function checkDraftText(text: string): { ruleSet: Record<string, unknown> | null; problems: DraftProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ruleSet: null, problems: [{ path: '(json)', message: jsonErrorMessage(text, error) }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ruleSet: null, problems: [{ path: 'ruleSet', message: 'must be a JSON object' }] };
  }
  const problems = validateRuleSet(parsed as RuleSet).map(toProblem);
  return { ruleSet: parsed as Record<string, unknown>, problems };
}

/** "indicators.W1.tiers[0].points: must be …" → { path: 'ruleSet.indicators.W1.tiers[0].points', message }. */
function toProblem(error: string): DraftProblem {
  const at = error.indexOf(': ');
  return at < 0 ? { path: 'ruleSet', message: error } : { path: `ruleSet.${error.slice(0, at)}`, message: error.slice(at + 2) };
}

/** The parser's message, with the line and column added when it names only a position (engines word this differently). */
function jsonErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
