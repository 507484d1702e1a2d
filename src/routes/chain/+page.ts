// The chain page reads /chain.json at run time, talks to the wallet and runs the worker pool.
export const ssr = false;
