import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = (name: string) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@concordia/domain': pkg('domain'),
      '@concordia/schema': pkg('schema'),
      '@concordia/resolution': pkg('resolution'),
      '@concordia/negotiation': pkg('negotiation'),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/collab': { target: 'ws://localhost:3000', ws: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
