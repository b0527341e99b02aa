import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * In production the console serves this build and proxies /api/* itself. `vite` (dev server)
 * does the same against a running demo stack, whose ports start at DEMO_PORT_BASE (scripts/demo.sh).
 */
const base = Number(process.env.DEMO_PORT_BASE ?? 3000);
const backend = (port: number, prefix?: string) => ({
  target: `http://127.0.0.1:${port}`,
  changeOrigin: true,
  ...(prefix ? { rewrite: (path: string) => path.slice(prefix.length) } : {}),
});

export default defineConfig({
  root: here,
  base: '/',
  // Same mapping as tsconfig.json's paths: the pure domain libs are shared with the browser.
  resolve: { alias: [{ find: /^@concord\/([^/]+)$/, replacement: `${here}../../../libs/$1/src` }] },
  build: {
    outDir: `${here}../../../dist/apps/console/web`,
    emptyOutDir: true,
    // ECharts alone is ~1 MB minified; it is split into its own chunk below.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // react-router marks its modules "use client" for React Server Components, which a plain SPA bundle does not use.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: { manualChunks: (id: string) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'echarts' : undefined) },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      '/v1': backend(base),
      '/api/risk': backend(base + 2, '/api/risk'),
      '/api/notifier': backend(base + 3, '/api/notifier'),
      '/api/cases': backend(base + 4, '/api/cases'),
    },
  },
});
