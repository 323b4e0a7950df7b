/**
 * A restore reloads the edit view (the form must show the restored draft),
 * which would drop a notification shown before it; the note waits in
 * sessionStorage and the panel shows it once the record is back.
 */
const KEY = 'di-san.history.restored';

interface Note {
  record: string;
  restoredFrom: number;
  version: number;
}

const recordKey = (uid: string, documentId: string, locale: string | null) => `${uid}/${documentId}/${locale ?? ''}`;

export function leaveRestoredNote(uid: string, documentId: string, locale: string | null, restoredFrom: number, version: number): void {
  const note: Note = { record: recordKey(uid, documentId, locale), restoredFrom, version };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    /* storage disabled: the reload shows the restored draft without the note */
  }
}

export function takeRestoredNote(uid: string, documentId: string, locale: string | null): Note | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const note = JSON.parse(raw) as Note;
    if (note.record !== recordKey(uid, documentId, locale)) return null;
    window.sessionStorage.removeItem(KEY);
    return note;
  } catch {
    return null;
  }
}
