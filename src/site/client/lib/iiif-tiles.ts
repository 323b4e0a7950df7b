/**
 * Which level 0 tiles cover a view of an image (pure; the zoom viewer draws
 * them). Tile URLs are built exactly as sharp's `tile({ layout: 'iiif3' })`
 * names the files, since a level 0 service has only those: region
 * `x,y,w,h` in full-size pixels, or `full` when one tile covers the whole
 * image at that scale; size `ceil(w/s),ceil(h/s)`; `0/default.jpg`.
 */

export interface TileInfo {
  width: number;
  height: number;
  tiles: Array<{ width: number; height?: number; scaleFactors: number[] }>;
}

export interface Tile {
  url: string;
  /** Region in full-size image pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The area to cover, in full-size image pixels. */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The scale factor to draw at: the coarsest one whose tiles still have at
 * least one tile pixel per device pixel. `devicePixelsPerImagePixel` is the
 * zoom times the screen's pixel ratio.
 */
export function scaleFactorFor(info: TileInfo, devicePixelsPerImagePixel: number): number {
  const factors = [...(info.tiles[0]?.scaleFactors ?? [1])].sort((a, b) => a - b);
  let chosen = factors[0] ?? 1;
  for (const factor of factors) if (factor <= 1 / devicePixelsPerImagePixel) chosen = factor;
  return chosen;
}

export function tilesFor({ info, serviceId, scaleFactor, area }: { info: TileInfo; serviceId: string; scaleFactor: number; area: Area }): Tile[] {
  const tileWidth = info.tiles[0]?.width ?? 512;
  const tileHeight = info.tiles[0]?.height ?? tileWidth;
  const stepX = tileWidth * scaleFactor;
  const stepY = tileHeight * scaleFactor;
  const isWhole = stepX >= info.width && stepY >= info.height;
  const left = Math.max(0, Math.floor(area.x / stepX));
  const top = Math.max(0, Math.floor(area.y / stepY));
  const right = Math.min(Math.ceil(info.width / stepX), Math.ceil((area.x + area.w) / stepX));
  const bottom = Math.min(Math.ceil(info.height / stepY), Math.ceil((area.y + area.h) / stepY));
  const tiles: Tile[] = [];
  for (let row = top; row < bottom; row++) {
    for (let column = left; column < right; column++) {
      const x = column * stepX;
      const y = row * stepY;
      const w = Math.min(stepX, info.width - x);
      const h = Math.min(stepY, info.height - y);
      const region = isWhole ? 'full' : `${x},${y},${w},${h}`;
      tiles.push({ url: `${serviceId}/${region}/${Math.ceil(w / scaleFactor)},${Math.ceil(h / scaleFactor)}/0/default.jpg`, x, y, w, h });
    }
  }
  return tiles;
}
