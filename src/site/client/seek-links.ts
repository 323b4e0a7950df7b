/**
 * Time links (`<a href="/tu-lieu/ID?t=42" data-seek="42" data-seek-target="ID">`):
 * when the player is on this page, seek it instead of reloading the page.
 */
import { isModifiedClick, prefersReducedMotion } from './dom';
import { parseStartAt } from './lib/start-at';
import { playQuietly, seekTo } from './media';

export function initSeekLinks(): void {
  document.addEventListener('click', (event) => {
    if (isModifiedClick(event) || !(event.target instanceof Element)) return;
    const link = event.target.closest('a[data-seek]');
    if (!link) return;
    const seconds = parseStartAt(link.getAttribute('data-seek'));
    const target = document.getElementById(link.getAttribute('data-seek-target') || '');
    const media = target instanceof HTMLMediaElement ? target : target && target.querySelector<HTMLMediaElement>('video, audio');
    if (seconds === null || !media) return; // follow the link
    event.preventDefault();
    media.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    seekTo(media, seconds);
    playQuietly(media);
  });
}
