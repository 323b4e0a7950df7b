/**
 * "Share via Zalo, Messenger…": the phone's own share sheet (Web Share API),
 * where the installed chat apps are listed. Rendered hidden; shown only where
 * the browser can share, so desktop browsers keep the Facebook link and
 * "copy link" instead.
 * `<button type="button" data-web-share="URL" data-share-title="…" hidden>`.
 */
export function initWebShare(): void {
  if (typeof navigator.share !== 'function') return;
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-web-share]');
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i];
    button.hidden = false;
    button.addEventListener('click', () => {
      const url = button.getAttribute('data-web-share') || location.href;
      const title = button.getAttribute('data-share-title') || document.title;
      // A closed sheet rejects with AbortError: nothing to report.
      navigator.share({ url, title }).catch(() => undefined);
    });
  }
}
