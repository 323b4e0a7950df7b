/** Where the "Chờ duyệt" page lives in the admin router, and links into it that other views share. */
import type { QueueState } from './api';

/** The menu link's path (relative to /admin, as app.addMenuLink wants it). */
export const QUEUE_PATH = 'cho-duyet';

/** /cho-duyet?state=…&uid=… : the page reads both from the URL, so any view can link to a filtered list. */
export function queueLink({ uid, state }: { uid?: string; state?: QueueState } = {}): string {
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (uid) query.set('uid', uid);
  const search = query.toString();
  return `/${QUEUE_PATH}${search ? `?${search}` : ''}`;
}
