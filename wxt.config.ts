import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** The unlisted script the content script loads on article pages: `/analysis.js`. */
const ANALYSIS_CHUNK = 'analysis';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // linkedom's optional `canvas` dependency: see extract/linkedom-canvas.ts
    resolve: { alias: [{ find: /^.*\/commonjs\/canvas\.cjs$/, replacement: fileURLToPath(new URL('./extract/linkedom-canvas.ts', import.meta.url)) }] },
  }),
  hooks: {
    // The content script runs on every page and has a size budget (test/e2e/extension-build.test.ts):
    // terser's second pass takes ~2 kB gzipped more off it than esbuild (so for the analysis chunk it
    // loads on article pages). The other builds keep esbuild, which is faster; `wxt dev` (minify off)
    // stays unminified.
    'vite:build:extendConfig': (entrypoints, config) => {
      const analysisChunk = entrypoints.some((entry) => entry.type === 'unlisted-script' && entry.name === ANALYSIS_CHUNK);
      // The analysis chunk (entrypoints/analysis.ts) is imported by the content script with `import()`:
      // built as an ES module, its default export (main()'s result) is the API it hands over, and
      // nothing is put on a global. WXT builds unlisted scripts as IIFEs, for executeScript.
      if (analysisChunk && config.build?.lib) config.build.lib = { ...config.build.lib, formats: ['es'] };
      if (!(analysisChunk || entrypoints.some((entry) => entry.type === 'content-script')) || config.build?.minify === false) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The content script imports the analysis chunk, so pages' origins must be able to load it: only
    // that file, only on http(s) pages (where the content script runs). Chrome: a dynamic URL, new each
    // session, so a page cannot probe a fixed chrome-extension:// URL to tell the extension is there.
    // Firefox: moz-extension:// URLs already carry a random per-install UUID.
    web_accessible_resources:
      browser === 'firefox'
        ? [`${ANALYSIS_CHUNK}.js`]
        : [{ resources: [`${ANALYSIS_CHUNK}.js`], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Firefox: storage.sync needs a fixed add-on id, the CSS Custom Highlight API needs Firefox 140, and
    // the extension collects no data at all (declared for the add-on store).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'unsourced@unsourced.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
