/**
 * How each component of the content model becomes export cells (pure). A
 * repeatable component is one list column, each entry written in a short,
 * documented form (`value@tag` for a minority name); a single component is
 * flattened into one column per field (`timing_calendar`, `timing_month`…).
 *
 * Every component field is either used here or excluded with a reason, and
 * tests/unit/export/columns.test.ts holds this to src/components/*.json, so a
 * field added to a component is a deliberate export decision. Private fields
 * (files) are excluded without being listed: they never leave through the API.
 */
type Entry = Record<string, any>;

export interface ListComponent {
  as: 'list';
  /** The fields `format` reads. */
  uses: string[];
  excluded: Record<string, string>;
  /** One entry as text. */
  format(entry: Entry): string;
  /** How an entry reads, for the data dictionary. */
  shape: string;
  example: string;
}

export interface FlatComponent {
  as: 'flat';
  excluded: Record<string, string>;
}

export type ComponentPlan = ListComponent | FlatComponent;

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
const joinSome = (parts: unknown[], separator: string) => parts.map(text).filter(Boolean).join(separator);
const inParentheses = (inner: string) => (inner ? ` (${inner})` : '');

export const COMPONENT_PLANS: Record<string, ComponentPlan> = {
  'shared.tagged-name': {
    as: 'list',
    uses: ['value', 'tag'],
    excluded: { note: 'an editorial note on the name; REST has it' },
    format: (e) => `${text(e.value)}@${text(e.tag)}`,
    shape: '`value@tag`, the tag BCP 47 (a tag never holds `@`, so split at the last one)',
    example: 'Xến bản@blt-Tavt',
  },
  'shared.source': {
    as: 'list',
    uses: ['title', 'publisher', 'url', 'isUncertain'],
    excluded: { accessedOn: 'when an officer read the source; REST has it' },
    format: (e) => `${joinSome([e.title, e.publisher], '. ')} <${text(e.url)}>${e.isUncertain ? ' [uncertain]' : ''}`,
    shape: '`title. publisher <url>`, with ` [uncertain]` when the source could not be verified',
    example: 'Lễ hội truyền thống Điện Biên. Sở VHTTDL <https://example.vn/le-hoi>',
  },
  'shared.uncertain-fact': {
    as: 'list',
    uses: ['field', 'note'],
    excluded: {},
    format: (e) => `${text(e.field)}: ${text(e.note)}`,
    shape: '`field: why it is uncertain`',
    example: 'timing: các bản tổ chức khác ngày nhau',
  },
  'shared.population-note': {
    as: 'list',
    uses: ['figure', 'year', 'scope'],
    excluded: {
      sourceUrl: "the figure's source; REST has it",
      sourceTitle: "the figure's source; REST has it",
      isUncertain: 'REST has it',
    },
    format: (e) => `${text(e.figure)}${inParentheses(joinSome([e.year, e.scope], ', '))}`,
    shape: '`figure (year, scope)`',
    example: '1.820.950 (2019, toàn quốc)',
  },
  'heritage.status': {
    as: 'list',
    uses: ['list', 'year', 'reference'],
    excluded: {},
    format: (e) => `${text(e.list)} ${text(e.year)}${inParentheses(text(e.reference))}`,
    shape: '`list year (reference)`, list one of unesco-representative, unesco-urgent, national',
    example: 'national 2021 (QĐ 1234/QĐ-BVHTTDL)',
  },
  'calendar.occurrence': {
    as: 'list',
    uses: ['startDate', 'endDate'],
    excluded: {
      year: 'the year of startDate',
      sourceUrl: "the occurrence's source; REST and /api/calendar have it",
      sourceTitle: "the occurrence's source; REST and /api/calendar have it",
      note: 'REST and /api/calendar have it',
    },
    format: (e) => `${text(e.startDate)}/${text(e.endDate)}`,
    shape: '`start/end`, an ISO 8601 interval of solar dates',
    example: '2027-03-05/2027-03-07',
  },
  'media.caption': {
    as: 'list',
    uses: ['kind', 'tag'],
    excluded: {},
    format: (e) => `${text(e.kind)}@${text(e.tag)}`,
    shape: '`kind@tag`: captions, subtitles or transcript, and its BCP 47 tag',
    example: 'transcript@blt',
  },
  'place.former-unit': {
    as: 'list',
    uses: ['name', 'code', 'district'],
    excluded: {},
    format: (e) => `${text(e.name)}${inParentheses(joinSome([e.code, e.district], ', '))}`,
    shape: '`name (code, former district)`',
    example: 'Xã Thanh Xương (03199, Điện Biên)',
  },
  'calendar.timing-rule': { as: 'flat', excluded: {} },
  'shared.geo-point': { as: 'flat', excluded: {} },
  'media.consent': {
    as: 'flat',
    // What the consent says about reuse (its scope and term) is exported; who
    // gave it and any withdrawal are about a person, not the record. A record
    // whose consent is withdrawn or expired never reaches the export at all.
    excluded: {
      givenBy: 'names the person or family who agreed: personal data the export does not spread',
      note: "curators' note on the consent",
      withdrawnOn: 'a withdrawn record is hidden from every caller, so never exported',
      withdrawnBy: 'a withdrawn record is hidden from every caller, so never exported',
      withdrawalReason: 'a withdrawn record is hidden from every caller, so never exported',
    },
  },
};
