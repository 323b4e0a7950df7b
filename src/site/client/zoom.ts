/**
 * "Phóng to" buttons under photos that have IIIF tiles: hidden in the markup
 * (their paragraph; they need this script), shown here, and on the first tap they import the
 * viewer (zoom.js, a separate asset) — nothing is loaded until then.
 */
type ZoomModule = typeof import('./zoom-viewer');

let viewer: Promise<ZoomModule> | null = null;

export function initZoom(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-zoom]');
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i];
    const source = button.getAttribute('data-zoom-src') || '';
    if (!source) continue;
    const wrapper = button.closest<HTMLElement>('.zoom');
    if (wrapper) wrapper.hidden = false;
    button.addEventListener('click', () => {
      if (!viewer) {
        // A variable specifier keeps esbuild from bundling the viewer into site.js.
        viewer = import(source) as Promise<ZoomModule>;
        viewer.catch(() => {
          viewer = null; // a later tap may retry after a network blip
        });
      }
      button.setAttribute('aria-busy', 'true');
      viewer
        .then((module) =>
          module.openZoom({
            service: button.getAttribute('data-zoom') || '',
            closeLabel: button.getAttribute('data-zoom-close') || '×',
            title: button.getAttribute('data-zoom-title') || '',
            opener: button,
          }),
        )
        .catch((error) => {
          if (typeof console !== 'undefined') console.error(error);
        })
        .then(() => button.removeAttribute('aria-busy'));
    });
  }
}
