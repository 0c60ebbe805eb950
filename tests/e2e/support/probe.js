// The test server's first script in the page, for browsers driven over
// classic WebDriver (WebKitGTK), which cannot report a page's console or
// errors: it notes them in the tab's sessionStorage, where they outlive a
// navigation and where the driver reads them (engines.mjs).
(() => {
  const KEY = 'e2e-problems';
  const note = (problem) => {
    const noted = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    sessionStorage.setItem(KEY, JSON.stringify([...noted, problem]));
  };
  // Capturing: a file that fails to load fires `error` on its element, which does not bubble.
  addEventListener(
    'error',
    (event) => {
      const source = event.target?.src ?? event.target?.href;
      note(source ? `failed to load: ${source}` : `page error: ${event.message}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => note(`page error: ${event.reason?.message ?? event.reason}`));
  addEventListener('securitypolicyviolation', (event) =>
    note(`policy violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
  const error = console.error;
  console.error = (...args) => {
    note(`console error: ${args.join(' ')}`);
    error.apply(console, args);
  };
})();
