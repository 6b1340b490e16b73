// The API client: GET JSON, errors become exceptions carrying the server's message.
export async function get(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = q.toString() ? path + '?' + q : path;
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({message: response.statusText}));
  if (!response.ok) throw new Error(body.message || ('HTTP ' + response.status));
  return body;
}

/** Every item of a paged listing, up to `max`. */
export async function all(path, params, max = 2000) {
  const items = [];
  let cursor;
  do {
    const page = await get(path, {...params, limit: 500, cursor});
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return items;
}

/** Where the UI keeps the server's token for writes, for this tab only (set on the Corrections page). */
export const TOKEN_KEY = 'parley-token';

/**
 * A write (POST, DELETE) with a JSON body; sends the token when one was given. Same origin only, as the server
 * refuses writes from other sites. Errors carry the server's message.
 */
export async function send(method, path, body) {
  const headers = {Accept: 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  const answer = await response.json().catch(() => ({message: response.statusText}));
  if (response.status === 401) throw new Error('This server needs its token for changes: enter it on the Corrections page.');
  if (!response.ok) throw new Error(answer.message || ('HTTP ' + response.status));
  return answer;
}
