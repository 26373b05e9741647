import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The build goes straight into the host's wwwroot (git-ignored); the host serves it at / with an SPA fallback.
const outDir = fileURLToPath(new URL('../Host/wwwroot', import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:5000' } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 60000 },
});
