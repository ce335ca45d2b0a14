import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../../content/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The ::highlight() rules must be manifest CSS: they style the page's own text (and pass strict CSP).
  cssInjectionMode: 'manifest',
  async main(ctx) {
    await new PageSession(ctx).start();
  },
});
