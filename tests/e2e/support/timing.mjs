// The benchmarks' timing helpers, defined once. Node imports them; a page
// gets the same functions as `window.timing` from `timingScript`, given
// to `page.addInitScript` before the page loads.

/** The middle value of `xs` (the upper one of an even count). */
export function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** The value 95% of `xs` stay under. */
export function p95(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
}

/**
 * In the page: the time at which everything the current task queued has run.
 * The app updates the DOM in the event handler and the microtasks it
 * queues; a message-channel task runs after all of them, so the time to it
 * is the app's whole work for one action.
 */
export function settled() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
}

/** In the page: the next animation frame. */
export function frame() {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** For `page.addInitScript`: these functions, as `window.timing` in the page. */
export const timingScript = {
  content: `window.timing = { ${[median, p95, settled, frame].map((f) => `${f.name}: ${f}`).join(', ')} };`,
};
