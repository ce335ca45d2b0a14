import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The extension's per-tab state and message handling arrive with the extension issue.
});
