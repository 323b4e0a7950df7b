/**
 * Difference hash (dHash) for near-duplicate detection: the same photo
 * uploaded twice, re-saved by a chat app, or resized, should be flagged to
 * the officer. (Not a pHash, which would take a DCT; the item's field keeps
 * its older name, `perceptualHash`, since renaming it needs a migration.)
 *
 * dHash: shrink to 9x8 grey, then one bit per pixel saying
 * whether it is brighter than its right-hand neighbour. 64 bits = 16 hex chars.
 * Gradients survive resizing, recompression and global brightness changes,
 * which is what re-shared phone photos go through. Crops and rotations beyond
 * EXIF orientation are out of scope.
 */
import sharp from 'sharp';
import { MAX_INPUT_PIXELS } from './image';

const HASH_WIDTH = 9; // 9 columns give 8 left/right comparisons per row.
const HASH_HEIGHT = 8;

/**
 * Threshold from a run over 6 synthetic 1200x900 scenes, each also saved as a
 * half-size copy, JPEG q40, WebP q50, +10% brightness and a 200 px q60
 * thumbnail: copies differed from their original by 0–9 bits (WebP q50 and
 * the thumbnail were the worst: flat areas make near-ties at 9x8), unrelated
 * scenes by 24–41 bits (15 pairs). 12 leaves room above the copies and a wide
 * gap below unrelated images. Distinct shots of one scene (two frames of the
 * same dance) may also fall under it: that is a "possible duplicate" prompt
 * for the officer, never an automatic rejection.
 */
export const NEAR_DUPLICATE_THRESHOLD = 12;

export async function differenceHash(filePath: string): Promise<string> {
  const pixels = await sharp(filePath, { limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true })
    .greyscale()
    .resize(HASH_WIDTH, HASH_HEIGHT, { fit: 'fill' })
    .raw()
    .toBuffer();
  let hash = 0n;
  for (let y = 0; y < HASH_HEIGHT; y++) {
    for (let x = 0; x < HASH_WIDTH - 1; x++) {
      const left = pixels[y * HASH_WIDTH + x];
      const right = pixels[y * HASH_WIDTH + x + 1];
      hash = (hash << 1n) | (left > right ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
}

/** Number of differing bits between two 16-hex-char hashes (0–64). */
export function hammingDistance(a: string, b: string): number {
  const pattern = /^[0-9a-f]{16}$/i;
  if (!pattern.test(a) || !pattern.test(b)) {
    throw new TypeError(`Expected two 16-hex-character hashes, got "${a}" and "${b}"`);
  }
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (diff > 0n) {
    count += Number(diff & 1n);
    diff >>= 1n;
  }
  return count;
}

export function isNearDuplicate(a: string, b: string, threshold = NEAR_DUPLICATE_THRESHOLD): boolean {
  return hammingDistance(a, b) <= threshold;
}
