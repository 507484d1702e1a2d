/**
 * A JSON file of the app's own (`/books/…`, `/market/…`), or an Error naming what could not
 * be fetched.
 *
 * @example
 * await fetchJson('/books/covered-call.json', 'Demo book "covered-call"');
 */
export async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} could not be fetched (${response.status}).`);
  return response.json();
}
