import type { z } from 'zod';
import { formatPath, type ValidationIssue } from './ValidationError';

/** `an object`, `a number`. */
function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  if (typeof input === 'string') return `the string ${JSON.stringify(input.slice(0, 40))}`;
  return `a ${typeof input}`;
}

function bound(kind: 'min' | 'max', value: unknown, inclusive: boolean | undefined): string {
  const op = kind === 'min' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  return `${op} ${String(value)}`;
}

/** One zod issue as a DCRO validation issue, in a trader's words. */
function toIssue(issue: z.core.$ZodIssue): ValidationIssue[] {
  const path = formatPath(issue.path);
  const at = (message: string) => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return at('required');
      return at(
        `must be ${article(issue.expected === 'int' ? 'integer' : issue.expected)}, got ${describeInput(issue.input)}`,
      );
    case 'too_small':
      if (issue.origin === 'array') return at(`needs at least ${String(issue.minimum)} entries`);
      if (issue.origin === 'string') return at('must not be empty');
      return at(`must be ${bound('min', issue.minimum, issue.inclusive)}`);
    case 'too_big':
      if (issue.origin === 'array') return at(`at most ${String(issue.maximum)} entries allowed`);
      return at(`must be ${bound('max', issue.maximum, issue.inclusive)}`);
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: 'unknown key',
      }));
    case 'invalid_value':
      return at(
        `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeInput(issue.input)}`,
      );
    case 'invalid_format':
      return at(issue.message);
    case 'invalid_key':
      // A record key failed its own schema: report that schema's message for the key.
      return at(issue.issues[0]?.message ?? 'is not a valid key');
    case 'invalid_union':
      if (issue.message.startsWith('Invalid discriminator value. Expected '))
        return at(issue.message.replace('Invalid discriminator value. Expected ', 'must be '));
      return at(
        issue.message === 'Invalid input' ? 'does not match any allowed shape' : issue.message,
      );
    default:
      return at(issue.message);
  }
}

/** Every zod issue of a failed parse, converted. */
export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.flatMap(toIssue);
}
