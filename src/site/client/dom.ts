/** Small DOM helpers shared by the enhancement modules. */

/** Puts a message in the page's polite live region (rendered by the server as #live-status). */
export function announce(message: string): void {
  const status = document.getElementById('live-status');
  if (!status) return;
  // Clearing first makes screen readers repeat an identical message.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** True for a click the browser should handle itself (new tab, download, other button). */
export function isModifiedClick(event: MouseEvent): boolean {
  return event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}
