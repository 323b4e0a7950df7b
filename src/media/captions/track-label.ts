/**
 * Human labels for caption tracks ("Tiếng Thái Đen (chữ Thái Việt)" /
 * "Tai Dam (Tai Viet script)"). Only the archive's languages are listed;
 * any other tag is shown as the tag itself rather than guessed.
 */

export type UiLocale = 'vi' | 'en';

type Label = Record<UiLocale, string>;

/** Languages of the archive's recordings (ISO 639 codes, lower case). */
const LANGUAGES: Record<string, Label> = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
  blt: { vi: 'Tiếng Thái Đen', en: 'Tai Dam' },
  twh: { vi: 'Tiếng Thái Trắng', en: 'Tai Dón (White Tai)' },
  hmn: { vi: 'Tiếng Mông', en: 'Hmong' },
  hnj: { vi: 'Tiếng Mông Xanh (Mông Lềnh)', en: 'Hmong Njua (Green Hmong)' },
  mww: { vi: 'Tiếng Mông Trắng', en: 'Hmong Daw (White Hmong)' },
  hni: { vi: 'Tiếng Hà Nhì', en: 'Hani' },
  kjg: { vi: 'Tiếng Khơ Mú', en: 'Khmu' },
  lo: { vi: 'Tiếng Lào', en: 'Lao' },
  ium: { vi: 'Tiếng Dao (Iu Miền)', en: 'Iu Mien' },
  mji: { vi: 'Tiếng Dao (Kìm Mùn)', en: 'Kim Mun' },
  kjm: { vi: 'Tiếng Kháng', en: 'Khang' },
  cnc: { vi: 'Tiếng Cống', en: 'Côông' },
  slt: { vi: 'Tiếng Si La', en: 'Sila' },
  khb: { vi: 'Tiếng Lự', en: 'Tai Lü' },
};

/** Scripts (ISO 15924, title case) that appear in the archive's tags. */
const SCRIPTS: Record<string, Label> = {
  Tavt: { vi: 'chữ Thái Việt', en: 'Tai Viet script' },
  Latn: { vi: 'chữ Latinh', en: 'Latin script' },
  Laoo: { vi: 'chữ Lào', en: 'Lao script' },
  Talu: { vi: 'chữ Lự mới', en: 'New Tai Lue script' },
  Lana: { vi: 'chữ Tày Tham', en: 'Tai Tham script' },
  Hmnp: { vi: 'chữ Nyiakeng Puachue Hmong', en: 'Nyiakeng Puachue Hmong script' },
};

function regionName(region: string, uiLocale: UiLocale): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/**
 * Label for a caption track in the interface language. Language, script and
 * region are understood; anything else in the tag (variants, extensions,
 * private use) is appended as written so that two tracks never look alike.
 * Unknown languages or scripts fall back to the tag itself.
 */
export function captionTrackLabel(tag: string, uiLocale: UiLocale): string {
  const [languageSubtag = '', ...rest] = tag.trim().split(/[-_]/);
  const language = LANGUAGES[languageSubtag.toLowerCase()];
  if (!language) return tag;

  const details: string[] = [];
  let index = 0;
  if (rest[index] && /^[a-z]{4}$/i.test(rest[index])) {
    const code = rest[index][0].toUpperCase() + rest[index].slice(1).toLowerCase();
    const script = SCRIPTS[code];
    if (!script) return tag;
    details.push(script[uiLocale]);
    index++;
  }
  if (rest[index] && /^([a-z]{2}|\d{3})$/i.test(rest[index])) {
    details.push(regionName(rest[index].toUpperCase(), uiLocale));
    index++;
  }
  if (index < rest.length) details.push(rest.slice(index).join('-'));
  return details.length > 0 ? `${language[uiLocale]} (${details.join(', ')})` : language[uiLocale];
}
