/**
 * What the export asks the guarded reader to populate (pure): every exported
 * relation with only its target's title field (the documentId comes with it),
 * and every exported component whole. Derived from the column plan, so a
 * relation or component that gains a column is read without a second list.
 */
import { titleFieldOf, typeOfUid, type ArchiveType } from '../content-model';
import { COLUMN_PLANS } from './columns';
import { TYPE_ATTRIBUTES } from './schemas';

export function exportPopulate(type: ArchiveType): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const field of COLUMN_PLANS[type].exported) {
    const attribute = TYPE_ATTRIBUTES[type][field];
    if (attribute?.type === 'relation') {
      const target = typeOfUid(attribute.target ?? '');
      if (target) populate[field] = { fields: [titleFieldOf(target)] };
    } else if (attribute?.type === 'component') {
      populate[field] = true;
    }
  }
  return populate;
}
