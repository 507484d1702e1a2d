// The verifier runs the worker pool, which exists only in the browser.
export const ssr = false;
