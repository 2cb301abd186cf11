import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestPath, readMigrationFiles, renderManifest } from './migration-files.ts';

describe('migration manifest', () => {
  it('bundles exactly the migrations drizzle-kit generated (run `npm run db:generate` after schema changes)', () => {
    expect(readFileSync(manifestPath, 'utf8')).toBe(renderManifest(readMigrationFiles()));
  });
});
