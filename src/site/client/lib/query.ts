/**
 * Query string for the search form. Kept free of DOM types so it runs in Node
 * tests: the caller passes `new FormData(form)` (or any entry list).
 */
export function buildQuery(entries: Iterable<[string, unknown]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) {
    // Files and blank fields say nothing about the search; dropping them keeps
    // shared URLs short and identical to what the server would canonicalise.
    if (typeof value !== 'string' || value.trim() === '') continue;
    params.append(name, value);
  }
  return params.toString();
}

/** `base` with `qs` appended, without a dangling "?" when the query is empty. */
export function withQuery(base: string, qs: string): string {
  return qs ? `${base}?${qs}` : base;
}
