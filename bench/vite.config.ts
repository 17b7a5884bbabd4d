import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The benchmark page (bench/index.html + bench/main.tsx): a second Vite entry,
 * built only by `npm run bench`, that imports Gloss's own components, domain
 * modules and repos. Two builds share one preview server:
 * - `/`: production React, for every timing;
 * - `/profiling/` (mode "profiling"): React's profiling build, the only
 *   production build in which <Profiler onRender> fires, used to count how many
 *   paragraphs re-render (paragraphRenders.listener).
 * Output goes under node_modules/.cache so neither git nor ESLint sees it.
 */
export const benchOutDir = fileURLToPath(
  new URL('../node_modules/.cache/gloss-bench', import.meta.url),
);

export default defineConfig(({ mode }) => {
  const profiling = mode === 'profiling';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: profiling ? '/profiling/' : '/',
    publicDir: false,
    // zod runs without `new Function` here as in the app (src/domain/validation/zod.ts), so
    // validation costs what it costs there.
    plugins: [react()],
    resolve: {
      alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [],
    },
    logLevel: 'warn',
    build: {
      outDir: profiling ? `${benchOutDir}/profiling` : benchOutDir,
      emptyOutDir: !profiling,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
      // peer.html: the Recogito page of the built-app cases (bench/peer.ts), apart from the
      // benchmark page so it loads Recogito alone.
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          peer: fileURLToPath(new URL('./peer.html', import.meta.url)),
        },
      },
    },
    preview: { host: '127.0.0.1', strictPort: true },
  };
});
