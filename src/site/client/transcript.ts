/**
 * Interactive transcripts: `<ol data-transcript-for="MEDIA-ID">` of
 * `<li><button data-start data-end>` lines. Without JS it is a readable
 * transcript; here the spoken line is highlighted and each line seeks.
 */
import { prefersReducedMotion } from './dom';
import { currentCueIndex, toCues } from './lib/transcript-time';
import { parseStartAt } from './lib/start-at';
import { playQuietly, seekTo } from './media';

/** How long after the user scrolled or typed in the transcript it is left alone. */
const HANDS_OFF_MS = 4000;

export function initTranscripts(): void {
  const lists = document.querySelectorAll<HTMLElement>('[data-transcript-for]');
  for (let i = 0; i < lists.length; i++) {
    const media = document.getElementById(lists[i].getAttribute('data-transcript-for') || '');
    if (media instanceof HTMLMediaElement) enhance(lists[i], media);
  }
}

function enhance(list: HTMLElement, media: HTMLMediaElement): void {
  const lines = Array.prototype.slice.call(list.querySelectorAll('[data-start]')) as HTMLElement[];
  if (lines.length === 0) return;
  const cues = toCues(
    lines.map((line) => ({
      start: parseStartAt(line.getAttribute('data-start')),
      end: parseStartAt(line.getAttribute('data-end')),
    })),
  );

  let current = -1;
  let hovered = false;
  let touchedAt = 0;

  const update = () => {
    const index = currentCueIndex(cues, media.currentTime);
    if (index === current) return;
    if (current !== -1) {
      lines[current].removeAttribute('aria-current');
      lines[current].classList.remove('is-current');
    }
    current = index;
    if (index === -1) return;
    lines[index].setAttribute('aria-current', 'true');
    lines[index].classList.add('is-current');
    if (!hovered && Date.now() - touchedAt > HANDS_OFF_MS) scrollWithinBox(list, lines[index]);
  };
  media.addEventListener('timeupdate', update);
  media.addEventListener('seeked', update);

  list.addEventListener('click', (event) => {
    const line = closestLine(event.target, list);
    if (!line) return;
    const start = cues[lines.indexOf(line)].start;
    if (!(start >= 0)) return;
    seekTo(media, start);
    playQuietly(media);
    update();
  });

  // Do not pull the list away from someone reading or scrolling it.
  list.addEventListener('mouseenter', () => (hovered = true));
  list.addEventListener('mouseleave', () => (hovered = false));
  const touched = () => (touchedAt = Date.now());
  list.addEventListener('wheel', touched, { passive: true });
  list.addEventListener('touchstart', touched, { passive: true });
  list.addEventListener('keydown', touched);
}

function closestLine(target: EventTarget | null, list: HTMLElement): HTMLElement | null {
  let node = target instanceof Element ? target : null;
  while (node && node !== list) {
    if (node instanceof HTMLElement && node.hasAttribute('data-start')) return node;
    node = node.parentElement;
  }
  return null;
}

/**
 * Scrolls only the transcript's own scroll box, never the page: the listener
 * may be reading something else while the audio plays.
 */
function scrollWithinBox(list: HTMLElement, line: HTMLElement): void {
  const box = scrollBox(list);
  if (!box) return;
  const boxRect = box.getBoundingClientRect();
  const lineRect = line.getBoundingClientRect();
  const top = boxRect.top + box.clientTop;
  const bottom = top + box.clientHeight;
  let delta = 0;
  if (lineRect.top < top) delta = lineRect.top - top;
  else if (lineRect.bottom > bottom) delta = Math.min(lineRect.bottom - bottom, lineRect.top - top);
  if (delta === 0) return;
  const target = box.scrollTop + delta;
  if (typeof box.scrollTo === 'function') box.scrollTo({ top: target, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  else box.scrollTop = target;
}

function scrollBox(list: HTMLElement): HTMLElement | null {
  for (let node: HTMLElement | null = list; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1) return node;
  }
  return null;
}
