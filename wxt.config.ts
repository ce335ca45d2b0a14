import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Unsourced',
    description: 'Highlights the claims in a news article that nobody stands behind.',
    permissions: ['storage'],
  },
});
