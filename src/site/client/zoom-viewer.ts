/**
 * The site's deep-zoom viewer for a photo's IIIF level 0 tiles, built as its
 * own asset (zoom.js) and imported only when a visitor taps "Phóng to", so a
 * page costs nothing extra until then. Full screen; drag to pan, pinch or
 * the wheel to zoom, double tap to zoom in, Escape or the button to close.
 * Only the tiles in view are fetched, at the coarsest level that is sharp on
 * this screen (lib/iiif-tiles.ts), over the coarse whole image as a
 * backdrop. Styles are set through the CSSOM, which the site's CSP allows.
 */
import { scaleFactorFor, tilesFor, type TileInfo } from './lib/iiif-tiles';

export interface ZoomOptions {
  /** The image service id (no trailing slash). */
  service: string;
  closeLabel: string;
  title: string;
  /** Focus returns here on close. */
  opener?: HTMLElement | null;
}

/** At most this many device pixels per image pixel: past 4× a tile pixel is a blur. */
const MAX_ZOOM = 4;

function place(element: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
  Object.assign(element.style, styles);
}

export async function openZoom({ service, closeLabel, title, opener }: ZoomOptions): Promise<void> {
  const response = await fetch(`${service}/info.json`, { credentials: 'omit' });
  if (!response.ok) throw new Error(`info.json: ${response.status}`);
  const info = (await response.json()) as TileInfo;

  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', title);
  dialog.className = 'zoom-viewer';
  place(dialog, { position: 'fixed', inset: '0', zIndex: '1000', background: '#111', overflow: 'hidden', touchAction: 'none', cursor: 'grab' });
  const layer = document.createElement('div');
  place(layer, { position: 'absolute', left: '0', top: '0' });
  dialog.appendChild(layer);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  place(close, { position: 'absolute', top: '0.75rem', right: '0.75rem', zIndex: '1', minHeight: '44px', minWidth: '44px', padding: '0.5rem 1rem', font: 'inherit', background: '#fff', color: '#111', border: '0', borderRadius: '0.25rem' });
  dialog.appendChild(close);
  document.body.appendChild(dialog);
  const previousOverflow = document.body.style.overflow;
  document.body.style.overflow = 'hidden';

  // View: screen = offset + image × zoom (CSS pixels per image pixel).
  let zoom = 1;
  let offsetX = 0;
  let offsetY = 0;
  let minZoom = 1;
  const maxZoom = () => MAX_ZOOM / (window.devicePixelRatio || 1);
  const fit = () => {
    const { clientWidth: w, clientHeight: h } = dialog;
    minZoom = Math.min(w / info.width, h / info.height);
    zoom = minZoom;
    offsetX = (w - info.width * zoom) / 2;
    offsetY = (h - info.height * zoom) / 2;
  };
  const clampOffset = () => {
    const { clientWidth: w, clientHeight: h } = dialog;
    const [iw, ih] = [info.width * zoom, info.height * zoom];
    offsetX = iw <= w ? (w - iw) / 2 : Math.min(0, Math.max(w - iw, offsetX));
    offsetY = ih <= h ? (h - ih) / 2 : Math.min(0, Math.max(h - ih, offsetY));
  };
  const zoomAt = (factor: number, screenX: number, screenY: number) => {
    const next = Math.min(maxZoom(), Math.max(minZoom, zoom * factor));
    offsetX = screenX - ((screenX - offsetX) * next) / zoom;
    offsetY = screenY - ((screenY - offsetY) * next) / zoom;
    zoom = next;
    schedule();
  };

  const shown = new Map<string, HTMLImageElement>();
  const coarsest = Math.max(...(info.tiles[0]?.scaleFactors ?? [1]));
  let frame = 0;
  function draw() {
    frame = 0;
    clampOffset();
    const { clientWidth: w, clientHeight: h } = dialog;
    const area = { x: -offsetX / zoom, y: -offsetY / zoom, w: w / zoom, h: h / zoom };
    const scaleFactor = scaleFactorFor(info, zoom * (window.devicePixelRatio || 1));
    // The coarsest level stays underneath, so panning never shows a hole while sharper tiles load.
    const wanted = [
      ...tilesFor({ info, serviceId: service, scaleFactor: coarsest, area: { x: 0, y: 0, w: info.width, h: info.height } }),
      ...(scaleFactor === coarsest ? [] : tilesFor({ info, serviceId: service, scaleFactor, area })),
    ];
    const keep = new Set(wanted.map((tile) => tile.url));
    for (const [url, img] of shown) {
      if (!keep.has(url)) {
        img.remove();
        shown.delete(url);
      }
    }
    for (const tile of wanted) {
      let img = shown.get(tile.url);
      if (!img) {
        img = document.createElement('img');
        img.alt = '';
        img.decoding = 'async';
        img.draggable = false;
        img.src = tile.url;
        place(img, { position: 'absolute', maxWidth: 'none', userSelect: 'none' });
        layer.appendChild(img);
        shown.set(tile.url, img);
      }
      // Rounded outward by a pixel so neighbouring tiles leave no hairline gaps.
      place(img, {
        left: `${Math.floor(offsetX + tile.x * zoom)}px`,
        top: `${Math.floor(offsetY + tile.y * zoom)}px`,
        width: `${Math.ceil(tile.w * zoom) + 1}px`,
        height: `${Math.ceil(tile.h * zoom) + 1}px`,
      });
    }
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  // Pointers: one drags, two pinch around their midpoint.
  const pointers = new Map<number, { x: number; y: number }>();
  let lastTap = 0;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  dialog.addEventListener('pointerdown', (event) => {
    if (event.target === close) return;
    dialog.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      const now = Date.now();
      if (now - lastTap < 300) zoomAt(2, event.clientX, event.clientY);
      lastTap = now;
    }
  });
  dialog.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const distance = spread();
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      offsetX += event.clientX - before.x;
      offsetY += event.clientY - before.y;
      schedule();
    } else if (pointers.size === 2 && distance > 0) {
      const [a, b] = [...pointers.values()];
      zoomAt(spread() / distance, (a.x + b.x) / 2, (a.y + b.y) / 2);
    }
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  dialog.addEventListener('pointerup', release);
  dialog.addEventListener('pointercancel', release);
  dialog.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      zoomAt(Math.exp(-event.deltaY / 300), event.clientX, event.clientY);
    },
    { passive: false },
  );
  const onKey = (event: KeyboardEvent) => {
    const { clientWidth: w, clientHeight: h } = dialog;
    if (event.key === 'Escape') finish();
    else if (event.key === '+' || event.key === '=') zoomAt(1.5, w / 2, h / 2);
    else if (event.key === '-') zoomAt(1 / 1.5, w / 2, h / 2);
    else if (event.key.startsWith('Arrow')) {
      const step = 80;
      offsetX += event.key === 'ArrowLeft' ? step : event.key === 'ArrowRight' ? -step : 0;
      offsetY += event.key === 'ArrowUp' ? step : event.key === 'ArrowDown' ? -step : 0;
      schedule();
    } else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  const onResize = () => {
    fit();
    schedule();
  };
  window.addEventListener('resize', onResize);
  function finish() {
    document.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', onResize);
    if (frame) cancelAnimationFrame(frame);
    dialog.remove();
    document.body.style.overflow = previousOverflow;
    opener?.focus();
  }
  close.addEventListener('click', finish);

  fit();
  draw();
  close.focus();
}
