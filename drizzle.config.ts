import { defineConfig } from 'drizzle-kit';

// drizzle-kit writes SQL migrations from the schema; the app applies them itself (db/store/migrate.ts)
// so it can refuse a database from the future and snapshot before migrating.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
