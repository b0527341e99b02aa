import { ConfigError } from '@concord/config';

export type Command = () => Promise<unknown>;

/**
 * Entry point of every service binary: `main.js [serve|migrate|seed…]`. A configuration problem
 * stops the process with a non-zero exit and a message naming the variable; so does any failure
 * to start.
 */
export function runMain(commands: Record<string, Command> & { serve: Command }): void {
  const name = process.argv[2] ?? 'serve';
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command '${name}'. Commands: ${Object.keys(commands).join(', ')}\n`);
    process.exit(2);
  }
  command().then(
    () => {
      if (name !== 'serve') process.exit(0);
    },
    (error: unknown) => {
      const message = error instanceof ConfigError ? error.message : `Failed to ${name}: ${(error as Error)?.stack ?? String(error)}`;
      process.stderr.write(`${message}\n`);
      process.exit(1);
    },
  );
}
