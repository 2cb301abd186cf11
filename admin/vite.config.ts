// Builds the admin SPA for the worker's static assets (wrangler.toml [assets]): the app lives under
// /admin/, so its files go to dist/admin/, and a copy of index.html at dist/index.html is what the
// single-page-application fallback serves for deep links like /admin/logs/42.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

const here = fileURLToPath(new URL('.', import.meta.url));
// admin/build-admin.ts builds into a staging folder first (ADMIN_DIST_DIR), then swaps it in.
const distRoot = process.env.ADMIN_DIST_DIR ?? `${here}dist`;
const outDir = `${distRoot}/admin`;

function copyIndexForFallback(): Plugin {
  return {
    name: 'copy-index-for-spa-fallback',
    apply: 'build',
    closeBundle() {
      copyFileSync(`${outDir}/index.html`, `${distRoot}/index.html`);
    },
  };
}

export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [solid(), copyIndexForFallback()],
  build: { outDir, emptyOutDir: true, target: 'es2022' },
  server: {
    // `npm run admin:dev`: the SPA with hot reload, the API from a running `npm run dev`.
    proxy: { '/api': process.env.ADMIN_API_ORIGIN ?? 'http://127.0.0.1:8787' },
  },
});
