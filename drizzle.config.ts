// drizzle-kit: generates SQL migrations into migrations/ from the schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './worker/src/db/schema/index.ts',
  out: './migrations',
});
