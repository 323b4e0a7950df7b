/**
 * A cut-off MP4/MOV/3GP/M4A (an upload that stopped early, a phone that
 * died while recording) is told apart from a file with no sound or picture
 * by its top-level boxes: in a whole file they tile it exactly, in a
 * truncated one the last box claims more bytes than are there. ffprobe
 * cannot say this: with the `moov` index cut it may just report no streams.
 */
import { open } from 'node:fs/promises';

export interface BoxHeader {
  type: string;
  offset: number;
  /** Bytes the box claims, header included; Infinity for "to the end of the file" (size 0). */
  size: number;
}

/** At most this many top-level boxes are read: real files have a handful. */
const MAX_BOXES = 1000;

/** Reads the headers of the top-level boxes (16 bytes each, no payload). */
export async function readTopLevelBoxes(file: string): Promise<{ boxes: BoxHeader[]; fileSize: number }> {
  const handle = await open(file, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const boxes: BoxHeader[] = [];
    const header = Buffer.alloc(16);
    let offset = 0;
    while (offset + 8 <= fileSize && boxes.length < MAX_BOXES) {
      const { bytesRead } = await handle.read(header, 0, 16, offset);
      const type = header.toString('latin1', 4, 8);
      // Not a box type (e.g. bytes a camera appended): nothing more to learn.
      if (!/^[\x20-\x7e]{4}$/.test(type)) break;
      let size = header.readUInt32BE(0);
      if (size === 1) size = bytesRead >= 16 ? Number(header.readBigUInt64BE(8)) : Number.NaN;
      const box = { type, offset, size: size === 0 ? Number.POSITIVE_INFINITY : size };
      boxes.push(box);
      if (!(box.size >= 8) || !Number.isFinite(box.size)) break;
      offset += box.size;
    }
    return { boxes, fileSize };
  } finally {
    await handle.close();
  }
}

/**
 * Null for a well-formed file, else why it looks truncated or damaged, in
 * words an officer can act on. Pure.
 */
export function isoMediaDamage({ boxes, fileSize, fileName }: { boxes: BoxHeader[]; fileSize: number; fileName: string }): string | null {
  const again = 'Upload the complete file again (from the camera or phone if possible).';
  const last = boxes.at(-1);
  if (last && !(last.size >= 8)) return `"${fileName}" looks damaged: its "${last.type}" box has an impossible size. ${again}`;
  if (last && Number.isFinite(last.size) && last.offset + last.size > fileSize) {
    const missing = last.offset + last.size - fileSize;
    return `"${fileName}" looks truncated or damaged: it ends inside its "${last.type}" box, ${missing} bytes short. ${again}`;
  }
  if (!boxes.some((box) => box.type === 'moov' || box.type === 'moof')) {
    return `"${fileName}" looks truncated or damaged: it has no "moov" index, which is written when a recording is finished. ${again}`;
  }
  return null;
}
