/**
 * The column plan of the bulk export (pure): for each archive type, the fixed
 * list of columns a CSV has and a JSON row's keys follow, each with its
 * meaning and an example for the data dictionary (docs/export.md).
 *
 * Derived from the schemas rather than listed per type:
 * - first documentId, the permanent link, the locale of the version the text
 *   came from, and the title in Vietnamese and English;
 * - then every schema attribute in schema order: a scalar is one column; a
 *   relation two lists (`<field>_ids`, `<field>_names`); a component as
 *   components.ts says;
 * - last publishedAt and updatedAt (UTC, seconds).
 * So the export holds what REST shows of a record and no more: private fields
 * and the media pipeline's internals are excluded, each with its reason, and
 * an attribute of a kind this plan does not know stops the plan from being
 * built (tests fail) until someone decides how to export it.
 */
import { MEDIA_PIPELINE_FIELDS, MODEL, titleFieldOf, typeOfUid, type ArchiveType, ARCHIVE_TYPES } from '../content-model';
import { fieldLabel } from '../curation/labels/fields';
import { datestamp } from '../oai/dates';
import { permalinkPath, type SiteLocale } from '../site/routes';
import { COMPONENT_PLANS } from './components';
import { COMPONENT_ATTRIBUTES, TYPE_ATTRIBUTES, type Attribute } from './schemas';

type Row = Record<string, any>;

/** A cell: lists are arrays (joined in CSV, arrays in JSON). */
export type Cell = string | number | boolean | null | string[];

export interface ExportSource {
  /**
   * The record in the export's locale, or its Vietnamese version where it has
   * no translation, as the guarded reader returns it: relations populated with
   * the records the caller may see, components as plain objects.
   */
  record: Row;
  /** The record's title in each UI locale that has a version. */
  titles: Partial<Record<SiteLocale, string>>;
  /** The locale the export was asked in; decides the permanent link's form. */
  locale: SiteLocale;
}

export interface Column {
  name: string;
  /** What the column holds, in English, for the data dictionary. */
  meaning: string;
  example: string;
  read(source: ExportSource): Cell;
}

export interface ColumnPlan {
  type: ArchiveType;
  columns: Column[];
  /** Schema attributes with at least one column. */
  exported: string[];
  /** Schema attributes without a column, and why. */
  excluded: Record<string, string>;
}

const SCALAR_TYPES = new Set(['string', 'text', 'richtext', 'enumeration', 'boolean', 'integer', 'biginteger', 'decimal', 'float', 'date', 'datetime', 'uid', 'email']);

/** Examples for the dictionary where a field's kind alone would say little. */
const EXAMPLES: Record<string, string> = {
  slug: 'le-hoi-xen-ban',
  gsoCode: '03',
  iso6393: 'blt',
  bcp47: 'blt-Tavt',
  family: 'Tai-Kadai',
  code: '11311',
  creator: 'Lò Văn Đ.',
  date: '2019-04',
  rightsUri: 'https://creativecommons.org/licenses/by-nc/4.0/',
  rightsHolder: 'Bảo tàng tỉnh Điện Biên',
  roles: 'thầy mo',
  latitude: '21.386',
  longitude: '103.016',
  month: '3',
  day: '5',
  endMonth: '3',
  endDay: '7',
};

/** A title per type, in both languages, for the dictionary's examples of titles and linked names. */
const EXAMPLE_TITLES: Record<ArchiveType, { vi: string; en: string }> = {
  'ethnic-group': { vi: 'Thái', en: 'Thai' },
  language: { vi: 'Tiếng Thái Đen', en: 'Tai Dam' },
  festival: { vi: 'Lễ hội Xên bản', en: 'Xên bản Festival' },
  custom: { vi: 'Tục buộc chỉ cổ tay', en: 'Wrist-tying custom' },
  place: { vi: 'Xã Thanh Nưa', en: 'Thanh Nưa Commune' },
  'media-item': { vi: 'Múa xòe ở bản Che Căn', en: 'Xòe dance in Che Căn village' },
  person: { vi: 'Lò Văn Đôi', en: 'Lò Văn Đôi' },
  story: { vi: 'Mùa hoa ban ở Điện Biên', en: 'Bauhinia season in Điện Biên' },
};

const PIPELINE_REASON = 'written by the media pipeline for its own use, not a fact about the record';
const PIPELINE = new Set<string>(MEDIA_PIPELINE_FIELDS);

const isLocalized = (attribute: Attribute) => attribute.pluginOptions?.i18n?.localized === true;
const present = (value: unknown) => value !== null && value !== undefined && value !== '';
const asList = (value: unknown): Row[] => (Array.isArray(value) ? value : value ? [value] : []);
const scalar = (value: unknown): Cell => (present(value) ? (value as string | number | boolean) : null);

function meaningOf(uid: string, field: string, extra = ''): string {
  const label = fieldLabel(uid, field);
  const base = label ? `${label.en}. ${label.enHelp}` : field;
  return extra ? `${base} ${extra}` : base;
}

function exampleOf(field: string, attribute: Attribute): string {
  if (EXAMPLES[field]) return EXAMPLES[field];
  if (attribute.enum) return attribute.enum[0];
  if (attribute.type === 'boolean') return 'false';
  if (attribute.type === 'date') return '2027-03-05';
  if (attribute.type === 'richtext') return 'Lễ hội Xên bản được tổ chức vào **tháng Ba**…';
  return '…';
}

function scalarColumn(uid: string, name: string, field: string, attribute: Attribute, read: (record: Row) => unknown, prefix = ''): Column {
  const notes = [
    attribute.enum ? `One of: ${attribute.enum.join(', ')}.` : '',
    attribute.type === 'richtext' && !/markdown/i.test(fieldLabel(uid, field)?.enHelp ?? '') ? 'Markdown.' : '',
    isLocalized(attribute) ? "In the export's locale." : '',
  ].filter(Boolean).join(' ');
  return {
    name,
    meaning: `${prefix}${meaningOf(uid, field, notes)}`,
    example: exampleOf(field, attribute),
    read: ({ record }) => scalar(read(record)),
  };
}

function relationColumns(uid: string, field: string, attribute: Attribute): Column[] {
  const target = typeOfUid(attribute.target ?? '');
  if (!target) throw new Error(`${uid}.${field} points at ${attribute.target}, which the export cannot name.`);
  const titleField = titleFieldOf(target);
  const what = `${MODEL[target].plural} the caller may see`;
  return [
    {
      name: `${field}_ids`,
      meaning: `${meaningOf(uid, field)} The documentIds of the linked ${what}.`,
      example: 'k3x9tq0v2m8a4b7c1d5e6f0g',
      read: ({ record }) => asList(record[field]).map((linked) => String(linked.documentId)),
    },
    {
      name: `${field}_names`,
      meaning: `Their ${titleField}s, in the same order, in the export's locale.`,
      example: EXAMPLE_TITLES[target].vi,
      read: ({ record }) => asList(record[field]).map((linked) => String(linked[titleField] ?? '')),
    },
  ];
}

function componentColumns(uid: string, field: string, attribute: Attribute): Column[] {
  const component = attribute.component ?? '';
  const plan = COMPONENT_PLANS[component];
  const attributes = COMPONENT_ATTRIBUTES[component];
  if (!plan || !attributes) throw new Error(`${uid}.${field} is the component ${component}, which the export has no plan for (src/export/components.ts).`);
  if (plan.as === 'list') {
    return [{
      name: field,
      meaning: `${meaningOf(uid, field)} Each as ${plan.shape}.`,
      example: plan.example,
      read: ({ record }) => asList(record[field]).map(plan.format),
    }];
  }
  const parent = fieldLabel(uid, field)?.en ?? field;
  return Object.entries(attributes)
    .filter(([sub, subAttribute]) => !subAttribute.private && !(sub in plan.excluded))
    .map(([sub, subAttribute]) =>
      scalarColumn(component, `${field}_${sub}`, sub, subAttribute, (record) => record[field]?.[sub], `${parent}: `));
}

function titleColumn(type: ArchiveType, locale: SiteLocale): Column {
  const field = titleFieldOf(type);
  const language = locale === 'vi' ? 'Vietnamese' : 'English';
  return {
    name: `${field}_${locale}`,
    meaning: `${meaningOf(MODEL[type].uid, field)} The ${language} version's, empty when there is none.`,
    example: EXAMPLE_TITLES[type][locale],
    read: ({ titles }) => titles[locale] ?? null,
  };
}

function headColumns(type: ArchiveType): Column[] {
  return [
    { name: 'documentId', meaning: "The record's identifier; never changes.", example: 'k3x9tq0v2m8a4b7c1d5e6f0g', read: ({ record }) => record.documentId },
    {
      name: 'permalink',
      meaning: "The permanent link's path on the public site (prefix PUBLIC_URL), in the export's locale.",
      example: `/p/${type}/k3x9tq0v2m8a4b7c1d5e6f0g`,
      read: ({ record, locale }) => permalinkPath(locale, type, String(record.documentId)),
    },
    {
      name: 'locale',
      meaning: 'The version the localized columns come from: the one asked for, or `vi` where no translation exists yet.',
      example: 'vi',
      read: ({ record }) => record.locale ?? null,
    },
    titleColumn(type, 'vi'),
    titleColumn(type, 'en'),
  ];
}

const utc = (value: unknown): Cell => (present(value) ? datestamp(value as string) : null);

const TAIL_COLUMNS: Column[] = [
  { name: 'publishedAt', meaning: 'When this version was published (UTC, `YYYY-MM-DDThh:mm:ssZ`).', example: '2026-11-02T03:15:00Z', read: ({ record }) => utc(record.publishedAt) },
  { name: 'updatedAt', meaning: 'When this version was last changed (UTC, `YYYY-MM-DDThh:mm:ssZ`).', example: '2026-12-01T09:40:12Z', read: ({ record }) => utc(record.updatedAt) },
];

function buildPlan(type: ArchiveType): ColumnPlan {
  const uid = MODEL[type].uid;
  const columns = headColumns(type);
  const exported: string[] = [titleFieldOf(type)];
  const excluded: Record<string, string> = {};
  for (const [field, attribute] of Object.entries(TYPE_ATTRIBUTES[type])) {
    if (field === titleFieldOf(type)) continue;
    if (attribute.private) excluded[field] = 'private: never leaves through the API';
    else if (type === 'media-item' && PIPELINE.has(field)) excluded[field] = PIPELINE_REASON;
    else {
      if (attribute.type === 'relation') columns.push(...relationColumns(uid, field, attribute));
      else if (attribute.type === 'component') columns.push(...componentColumns(uid, field, attribute));
      else if (SCALAR_TYPES.has(attribute.type)) columns.push(scalarColumn(uid, field, field, attribute, (record) => record[field]));
      else if (attribute.type === 'json' && JSON_LISTS.has(`${type}.${field}`)) columns.push(jsonListColumn(uid, field));
      else throw new Error(`${uid}.${field} (${attribute.type}) has no export rule: export it or exclude it in src/export/columns.ts.`);
      exported.push(field);
    }
  }
  columns.push(...TAIL_COLUMNS);
  return { type, columns, exported, excluded };
}

/** JSON fields known to hold a list of codes; any other JSON field has no rule. */
const JSON_LISTS = new Set(['language.scripts']);

function jsonListColumn(uid: string, field: string): Column {
  return {
    name: field,
    meaning: meaningOf(uid, field),
    example: 'Tavt',
    read: ({ record }) => (Array.isArray(record[field]) ? record[field].map(String) : []),
  };
}

/** The column plan of every type, built once. */
export const COLUMN_PLANS = Object.fromEntries(ARCHIVE_TYPES.map((type) => [type, buildPlan(type)])) as Record<ArchiveType, ColumnPlan>;

/** The column names of a type, in export order. */
export const columnNames = (type: ArchiveType): string[] => COLUMN_PLANS[type].columns.map((column) => column.name);

/** One record as an export row: its cells keyed by column name, in column order. */
export function exportRow(type: ArchiveType, source: ExportSource): Record<string, Cell> {
  return Object.fromEntries(COLUMN_PLANS[type].columns.map((column) => [column.name, column.read(source)]));
}
