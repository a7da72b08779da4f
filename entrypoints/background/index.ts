export default defineBackground(() => {
  // Listeners are registered synchronously here as features arrive (see lib/).
  browser.runtime.onInstalled.addListener(() => {
    // Nothing to migrate yet.
  });
});
