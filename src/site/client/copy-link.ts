/**
 * "Copy link" buttons: rendered hidden because they need JS; shown here.
 * `<button type="button" data-copy-link="URL" data-copied="Đã chép liên kết" hidden>`.
 * A child `[data-label]`, if present, is the text that changes (so an icon stays).
 */
import { announce } from './dom';

const CONFIRM_MS = 2500;

export function initCopyLinks(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i];
    button.hidden = false;
    button.addEventListener('click', () => {
      copyText(button.getAttribute('data-copy-link') || location.href).then((ok) => {
        if (ok) confirmCopied(button);
      });
    });
  }
}

function confirmCopied(button: HTMLButtonElement): void {
  const message = button.getAttribute('data-copied') || (document.documentElement.lang === 'en' ? 'Link copied' : 'Đã chép liên kết');
  announce(message);
  const label = button.querySelector<HTMLElement>('[data-label]') || button;
  const original = label.getAttribute('data-original-text') ?? label.textContent ?? '';
  label.setAttribute('data-original-text', original);
  label.textContent = message;
  window.clearTimeout(Number(button.getAttribute('data-copy-timer')));
  const timer = window.setTimeout(() => {
    label.textContent = original;
    label.removeAttribute('data-original-text');
  }, CONFIRM_MS);
  button.setAttribute('data-copy-timer', String(timer));
}

function copyText(text: string): Promise<boolean> {
  // The async clipboard needs a secure context and may be refused; the old
  // selection-based copy still works on plain-http test servers and old WebViews.
  if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    return navigator.clipboard.writeText(text).then(
      () => true,
      () => copyWithSelection(text),
    );
  }
  return Promise.resolve(copyWithSelection(text));
}

function copyWithSelection(text: string): boolean {
  const input = document.createElement('input');
  input.value = text;
  input.readOnly = true;
  input.setAttribute('aria-hidden', 'true');
  input.style.position = 'fixed';
  input.style.top = '0';
  input.style.opacity = '0';
  const previous = document.activeElement;
  document.body.appendChild(input);
  input.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  document.body.removeChild(input);
  if (previous instanceof HTMLElement) previous.focus();
  return ok;
}
