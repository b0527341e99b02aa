import { writeFile } from 'node:fs/promises';
import { postgresOptions } from '@concord/database';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import type { ConsoleSeedConfig } from '../console.config';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from '../directory.entities';
import { type BootstrapOutcome, BootstrapAdminUseCase } from './use-cases/bootstrap-admin.use-case';
import { type DemoSeedResult, SeedDemoDirectoryUseCase } from './use-cases/seed-demo-directory.use-case';
import { SeedDemoStaffUseCase } from './use-cases/seed-demo-staff.use-case';

export interface SeedReport {
  admin: BootstrapOutcome;
  demo: DemoSeedResult | null;
}

/**
 * `main.js seed [--demo]`, against an already migrated schema: bootstraps the administrator and,
 * with --demo, the demo directory. The demo enterprises' API keys go to DEMO_KEYS_FILE (owner-only
 * permissions) or, without it, to stdout, since they can never be shown again.
 */
export async function seedCommand(config: ConsoleSeedConfig, options: { demo: boolean }, out: NodeJS.WritableStream = process.stdout): Promise<SeedReport> {
  const dataSource = new DataSource(
    postgresOptions({ url: config.DATABASE_URL, schema: DIRECTORY_SCHEMA, entities: DIRECTORY_ENTITIES, migrations: [], poolSize: 2 }),
  );
  await dataSource.initialize();
  try {
    const admin = await new BootstrapAdminUseCase(dataSource, new PasswordHasher()).execute(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
    out.write(`seed: administrator ${config.ADMIN_EMAIL}: ${admin}\n`);
    if (!options.demo) return { admin, demo: null };
    const demo = await new SeedDemoDirectoryUseCase(dataSource).execute();
    out.write(`seed: demo directory: county ${demo.countyId}, ${demo.enterprises} enterprises, ${demo.mediators} mediators\n`);
    for (const login of await new SeedDemoStaffUseCase(dataSource, new PasswordHasher()).execute()) {
      out.write(`seed: demo login ${login.email} (${login.name}): ${login.roles.join(', ')}${login.scope ? ` in ${login.scope}` : ''}\n`);
    }
    const keys = `${JSON.stringify(demo.apiKeys, null, 2)}\n`;
    if (config.DEMO_KEYS_FILE) {
      await writeFile(config.DEMO_KEYS_FILE, keys, { mode: 0o600 });
      out.write(`seed: ${demo.apiKeys.length} demo API keys written to ${config.DEMO_KEYS_FILE}\n`);
    } else {
      out.write(keys);
    }
    return { admin, demo };
  } finally {
    await dataSource.destroy();
  }
}
