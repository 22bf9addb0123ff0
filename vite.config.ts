import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const server = process.env.HEALTHPLAN_DEV_SERVER ?? 'http://localhost:3000';

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/;
// ECharts and its renderer stay out of the vendor groups: the bundler then keeps them in the chunk
// that only pages with charts load.
const CHARTS = /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/;

export default defineConfig({
  root: `${root}src/web`,
  plugins: [react()],
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // antd is one large vendor chunk by design (shared by every page, cached across releases).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: (id) => REACT.test(id), priority: 20 },
            { name: 'vendor-antd', test: (id) => /[\\/]node_modules[\\/]/.test(id) && !CHARTS.test(id), priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/public': server,
    },
  },
});
