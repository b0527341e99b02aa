import { readFileSync } from 'node:fs';
import { auditVerdict } from './audit-verdict';

/** Reads `npm audit --json` from stdin and prints the verdict; exits 1 on a high or critical advisory. */
const { exitCode, lines } = auditVerdict(readFileSync(0, 'utf8'));
for (const line of lines) console.log(line);
process.exit(exitCode);
