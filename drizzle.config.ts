import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; the app runs the migrations itself at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
