import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Gives a service's integration tests the console's published read-only views
 * (`directory.*_v1`) over small fixture tables they can fill directly. The real views, built by the
 * console's migrations, are exercised by the console's own tests and the end-to-end suite.
 */
export async function installDirectoryFixture(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(readFileSync(join(__dirname, 'directory-views.fixture.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}
