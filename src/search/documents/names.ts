/**
 * Which other names are shown and which are only searchable.
 *
 * Rule: a tagged name is hidden (indexed in `hiddenNames`, never displayed)
 * when its note calls it pejorative/derogatory (English or Vietnamese:
 * "pejorative", "derogatory", "offensive", "miệt thị", "xúc phạm"), or when
 * its first word is one of the historical exonyms below, which are
 * pejorative whatever the note says: "Mèo"/"Mẹo" (for the H'Mông) and "Mán"
 * (for the Dao and others, "barbarian"). So the Decision 121 variants
 * "Mèo Hoa", "Mèo Đỏ", "Mán Trắng", "Mán Cao Lan"… are hidden too, while a
 * person searching "Mèo" still finds the H'Mông record.
 */
export const PEJORATIVE_EXONYM_WORDS = ['mèo', 'mẹo', 'mán'];
const PEJORATIVE_NOTE = /pejorative|derogatory|offensive|slur|miệt thị|xúc phạm/i;

export interface TaggedName {
  tag?: string | null;
  value?: string | null;
  note?: string | null;
}

export function isHiddenName(name: TaggedName): boolean {
  if (name.note && PEJORATIVE_NOTE.test(name.note.normalize('NFC'))) return true;
  const firstWord = (name.value ?? '').normalize('NFC').trim().split(/\s+/)[0]?.toLocaleLowerCase('vi') ?? '';
  return PEJORATIVE_EXONYM_WORDS.includes(firstWord);
}

export function splitNames(names: TaggedName[] | null | undefined): {
  shown: Array<{ tag: string; value: string }>;
  hidden: string[];
} {
  const shown: Array<{ tag: string; value: string }> = [];
  const hidden: string[] = [];
  for (const name of names ?? []) {
    const value = name.value?.normalize('NFC').trim();
    if (!value) continue;
    if (isHiddenName(name)) hidden.push(value);
    else shown.push({ tag: name.tag ?? '', value });
  }
  return { shown, hidden };
}
