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
