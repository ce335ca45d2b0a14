import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// A checkout whose node_modules predates terser (npm ci not run since) still builds, and says so.
const hasTerser = (() => {
  try {
    createRequire(import.meta.url).resolve('terser');
    return true;
  } catch {
    return false;
  }
})();

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every page and has a size budget (test/e2e/extension-build.test.ts):
    // terser's second pass takes ~2 kB gzipped more off it than esbuild. The other builds keep esbuild,
    // which is faster; `wxt dev` (minify off) stays unminified.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script') || config.build?.minify === false) return;
      if (!hasTerser) return console.warn('[unsourced] terser is not installed (run npm ci): content script minified by esbuild, ~2 kB gzipped larger');
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Firefox: storage.sync needs a fixed add-on id, the CSS Custom Highlight API needs Firefox 140, and
    // the extension collects no data at all (declared for the add-on store).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'unsourced@unsourced.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
