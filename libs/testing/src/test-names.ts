import { randomBytes } from 'node:crypto';

/** A name unique to this test run, safe for databases, topics, consumer groups and key prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
}
