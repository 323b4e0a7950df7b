/** Tile choice for the site's zoom viewer: URLs exactly as sharp names level 0 tiles, and the right level for a zoom. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scaleFactorFor, tilesFor, type TileInfo } from '../../../src/site/client/lib/iiif-tiles';

// What sharp wrote for a 1001x777 image with 256 px tiles (checked against its tree).
const odd: TileInfo = { width: 1001, height: 777, tiles: [{ width: 256, scaleFactors: [1, 2, 4] }] };
const whole = (info: TileInfo, scaleFactor: number) =>
  tilesFor({ info, serviceId: 's', scaleFactor, area: { x: 0, y: 0, w: info.width, h: info.height } }).map((tile) => tile.url.slice(2));

describe('tilesFor', () => {
  it('names edge tiles with their clipped region and ceil-rounded size, as sharp does', () => {
    const urls = whole(odd, 2);
    assert.deepEqual(urls, ['0,0,512,512/256,256/0/default.jpg', '512,0,489,512/245,256/0/default.jpg', '0,512,512,265/256,133/0/default.jpg', '512,512,489,265/245,133/0/default.jpg']);
    assert.equal(whole(odd, 1).length, 4 * 4);
    assert.ok(whole(odd, 1).includes('768,768,233,9/233,9/0/default.jpg'));
  });

  it('uses "full" when one tile covers the whole image', () => {
    assert.deepEqual(whole(odd, 4), ['full/251,195/0/default.jpg']);
  });

  it('covers only the visible area', () => {
    const tiles = tilesFor({ info: odd, serviceId: 's', scaleFactor: 1, area: { x: 300, y: 10, w: 100, h: 100 } });
    assert.deepEqual(tiles.map((tile) => [tile.x, tile.y]), [[256, 0]]);
    assert.deepEqual(tilesFor({ info: odd, serviceId: 's', scaleFactor: 1, area: { x: -500, y: -500, w: 100, h: 100 } }), []);
  });
});

describe('scaleFactorFor', () => {
  it('takes the coarsest level that still gives a tile pixel per device pixel', () => {
    assert.equal(scaleFactorFor(odd, 1), 1);
    assert.equal(scaleFactorFor(odd, 0.5), 2);
    assert.equal(scaleFactorFor(odd, 0.3), 2);
    assert.equal(scaleFactorFor(odd, 0.1), 4);
    assert.equal(scaleFactorFor(odd, 3), 1);
  });
});
