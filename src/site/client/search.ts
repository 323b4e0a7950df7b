/**
 * Instant search: the server-rendered form works on its own (GET to /tim-kiem);
 * here each change fetches only the results region (`&partial=1`) and swaps it in.
 */
import { announce } from './dom';
import { buildQuery, withQuery } from './lib/query';

const TYPING_DELAY_MS = 250;

export function initSearch(): void {
  const forms = document.querySelectorAll<HTMLFormElement>('form[data-instant-search]');
  for (let i = 0; i < forms.length; i++) enhance(forms[i]);
}

function enhance(form: HTMLFormElement): void {
  const region = form.querySelector<HTMLElement>('#search-results');
  if (!region || typeof fetch !== 'function' || typeof AbortController !== 'function') return;
  // getAttribute: `form.action` would return a control if one were named "action".
  const actionUrl = new URL(form.getAttribute('action') || location.pathname, location.href);
  const action = actionUrl.pathname;

  let timer = 0;
  let inFlight: AbortController | null = null;
  let shownQuery = buildQuery(formEntries(form));
  let pendingQuery: string | null = null;

  const run = (explicit: boolean) => {
    window.clearTimeout(timer);
    const qs = buildQuery(formEntries(form));
    // Typing then blurring fires input and change for the same text: fetch once.
    if (!explicit && (qs === pendingQuery || (pendingQuery === null && qs === shownQuery))) return;
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    pendingQuery = qs;
    region.setAttribute('aria-busy', 'true');

    const partial = qs ? `${qs}&partial=1` : 'partial=1';
    fetch(`${action}?${partial}`, {
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => {
        if (inFlight !== controller) return;
        replaceResults(region, html);
        shownQuery = qs;
        history.replaceState(history.state, '', withQuery(action, qs));
        const summary = region.querySelector('[data-search-status]');
        if (summary && summary.textContent) announce(summary.textContent.trim());
      })
      .catch(() => {
        if (controller.signal.aborted) return;
        // An explicit search must still happen: let the browser do it the plain way.
        if (explicit) form.submit();
      })
      .then(() => {
        if (inFlight !== controller) return;
        inFlight = null;
        pendingQuery = null;
        region.removeAttribute('aria-busy');
      });
  };

  form.addEventListener('input', (event) => {
    if (!isTextField(event.target)) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => run(false), TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    // Text fields are handled on input; their change (on blur) is a duplicate.
    if (isTextField(event.target)) return;
    run(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
}

function formEntries(form: HTMLFormElement): Iterable<[string, unknown]> {
  return new FormData(form) as unknown as Iterable<[string, unknown]>;
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && /^(search|text)$/.test(target.type);
}

/** Swaps the region's content; a control the user had focused inside it gets the focus back. */
function replaceResults(region: HTMLElement, html: string): void {
  const active = document.activeElement;
  const wasInside = active instanceof HTMLElement && region.contains(active);
  const id = wasInside ? active.id : '';
  const name = active instanceof HTMLInputElement ? active.name : '';
  const value = active instanceof HTMLInputElement ? active.value : '';
  region.innerHTML = html;
  if (!wasInside) return;
  let target: HTMLElement | null = id ? document.getElementById(id) : null;
  if (!target && name) {
    const inputs = region.querySelectorAll('input');
    for (let i = 0; i < inputs.length && !target; i++) {
      if (inputs[i].name === name && inputs[i].value === value) target = inputs[i];
    }
  }
  if (target && region.contains(target)) target.focus({ preventScroll: true });
}
