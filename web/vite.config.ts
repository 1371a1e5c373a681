// Builds the web UI into dist/web, which `crosscheck serve` serves under its strict
// Content-Security-Policy: no inline scripts or styles in the output, no module-preload polyfill
// (it would be inline), no assets inlined as data URLs, nothing fetched from elsewhere.

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` beside `crosscheck serve --port 4780`.
    proxy: { '/api': 'http://127.0.0.1:4780', '/openapi.json': 'http://127.0.0.1:4780' },
  },
});
