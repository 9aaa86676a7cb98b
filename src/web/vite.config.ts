import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/** Builds the web app into dist/web at the repository root, which the server serves at /. */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(webRoot, '../../dist/web'),
    emptyOutDir: true,
    // antd and echarts are large by nature; they are split into their own cacheable chunks below.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The web app reads plain constants (names of roles and organisation types) from the server's
      // contract files; their Zod schemas are never used in the browser, so building them is pure.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/, priority: 2 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  // `npm run dev:web` serves the app with hot reload and sends /api to a running `kjt serve`
  // (KJT_API_URL, default port 3000). The web app's own src/web/api/*.ts modules share the prefix,
  // so they are left to Vite. The Host header is kept so that the server's same-origin check on
  // signing in sees the page's own origin.
  server: {
    proxy: {
      '^/api/(?!.*\\.tsx?(\\?|$))': { target: process.env.KJT_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
