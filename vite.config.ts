import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app. `style-src 'self'` still lets
 * React set inline styles through CSSOM (element.style), which CSP does not
 * govern; only `style` attributes in markup and `<style>` elements are blocked,
 * and the build emits neither.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "img-src 'self' data:",
].join('; ');

/** Adds the CSP meta tag to the built index.html only: the dev server needs inline scripts (React refresh). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'gloss:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
        const charset = /<meta charset="UTF-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8">');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // A new version waits until the reader chooses "Reload" (src/components/update-prompt.tsx).
      registerType: 'prompt',
      // src/main.tsx registers it (production builds only); no inline script in index.html.
      injectRegister: false,
      manifest: {
        name: 'Gloss',
        short_name: 'Gloss',
        description:
          'Read, highlight, tag and compare news articles. Your data stays in your browser.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3a5f',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell and the bundled corpus (seed texts + manifest.json), so
        // Gloss opens and annotates with the network off after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png}', 'seeds/*.{txt,json}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/seeds\//, /^\/assets\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Fewer, larger chunks: the first screen's modules in one chunk (one request, and one gzip
    // dictionary instead of a dozen), and the lazy pages' shared modules grouped by the pages
    // that use them, small groups merged, so opening a page waits on a few requests rather than
    // a queue of forty small ones (a browser fetches six at a time over HTTP/1.1).
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.name.startsWith('lazy~') ? 'assets/lazy-[hash].js' : 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            // The library's list and everything it imports in one chunk of its own: the first
            // paint of a returning user's library waits on it, and the shared groups below would
            // merge in modules it never runs (the validation library among them).
            {
              name: 'library-browser',
              test: /src\/components\/library-browser\.tsx$/,
              priority: 1.5,
            },
            {
              name: 'lazy',
              minShareCount: 2,
              entriesAware: true,
              entriesAwareMergeThreshold: 16 * 1024,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
