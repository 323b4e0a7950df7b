/** A stored object's whole content as UTF-8 text: captions and playlists, small files read in one go. */
import type { ObjectStore } from './object-store';

/** Throws ObjectNotFoundError when the key does not exist. */
export async function readObjectText(store: ObjectStore, key: string): Promise<string> {
  const { stream } = await store.getStream(key);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
