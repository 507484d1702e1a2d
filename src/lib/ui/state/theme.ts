/** The app's colour themes (CSS variables in app.css, keyed by `<html data-theme>`). */
export type Theme = 'light' | 'dark';

const KEY = 'dcro.theme';

/**
 * The theme to start with: the one the user chose last time, else the system's
 * `prefers-color-scheme`. Browser only.
 */
export function initialTheme(): Theme {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // storage disabled (private mode): fall back to the system preference
  }
  if (stored === 'light' || stored === 'dark') return stored;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Remembers the user's choice and applies it to the document. Browser only. */
export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // not remembered, still applied
  }
  document.documentElement.dataset.theme = theme;
}
