// The stress page computes in Web Workers, which exist only in the browser.
export const ssr = false;
