/**
 * Names of the same people, language or thing (settings as code). Groups are
 * mutual; ONE_WAY maps a word to names it should also find, not back.
 *
 * - Thái ≠ Tày: different groups (Tày is a north-eastern Tai people), never mapped.
 * - "Mèo" is a pejorative exonym: searching it finds H'Mông, searching
 *   H'Mông never suggests "Mèo".
 * - Multi-word names are expanded both ways by Meilisearch ("tai dam" ↔ "thái đen").
 * - No ASCII-folded copies: measured on Meilisearch 1.21, a synonym written
 *   with diacritics also fires for the query typed without them ("thai den"
 *   finds what "thái đen" → "tai dam" finds; "meo" what "mèo" finds), so
 *   only spellings that differ by more than diacritics are listed.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['thái đen', 'tai dam', 'tai đăm', 'black tai', 'black thai'],
  ['thái trắng', 'tai dón', 'white tai', 'white thai'],
  ["h'mông", 'hmong', 'mông', 'hmông', 'hmoob'],
  ['khơ mú', 'khmu', 'kmhmu', 'khamu'],
  ['hà nhì', 'hani'],
  ['dao', 'yao', 'mien', 'iu mien'],
  ['lự', 'lü', 'lue'],
  ['lào', 'lao'],
  ['kháng', 'khang'],
  ['cống', 'cong'],
  ['si la', 'sila'],
  ['phù lá', 'phula'],
  ['kinh', 'việt', 'vietnamese'],
  ['new year', 'tết', 'lunar new year'],
];

/**
 * "tai" (English for Thái) finds Thái, but "thái" does not expand to "tai":
 * folded, "tai" is also "tại" (at), "tài", "tai" (ear) — it would match
 * nearly every Vietnamese text.
 */
export const ONE_WAY: Record<string, string[]> = {
  tai: ['thái'],
  mèo: ["h'mông"],
  mán: ['dao'],
};

/** Meilisearch's `synonyms` setting: every member of a group lists the others. */
export function synonymSetting(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (word: string, others: string[]) => {
    const list = (synonyms[word] ??= []);
    for (const other of others) if (other !== word && !list.includes(other)) list.push(other);
  };
  for (const group of SYNONYM_GROUPS) for (const word of group) add(word, group);
  for (const [word, targets] of Object.entries(ONE_WAY)) if (targets.length) add(word, targets);
  return synonyms;
}
