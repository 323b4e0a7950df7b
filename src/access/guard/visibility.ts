import { type Audience, consentScopesVisibleTo, levelsVisibleTo } from '../levels';
import { hasDraftAndPublish, isGuarded, type Params, type SchemaLookup } from './model';

export interface GuardOptions {
  audience: Audience;
  /** YYYY-MM-DD in Vietnam; consent that expired before this day hides its record. */
  today: string;
  schemaOf: SchemaLookup;
}

/** The condition a record of `uid` must meet to be visible; null when the type carries no access level. */
export function visibilityFilter(uid: string, { audience, today, schemaOf }: GuardOptions): Params | null {
  const model = schemaOf(uid);
  if (!isGuarded(model)) return null;
  const conditions: Params[] = [{ accessLevel: { $in: levelsVisibleTo(audience) } }];
  if (model!.attributes.consent?.type === 'component') {
    conditions.push({
      $or: [
        { consent: { id: { $null: true } } },
        {
          // Strapi refuses operator and attribute keys side by side in one relation clause.
          consent: {
            $and: [
              { scope: { $in: consentScopesVisibleTo(audience) } },
              { $or: [{ expiresOn: { $null: true } }, { expiresOn: { $gte: today } }] },
              // Withdrawn consent hides its record whatever the date (levels.ts isWithdrawn).
              { withdrawnOn: { $null: true } },
            ],
          },
        },
      ],
    });
  }
  return { $and: conditions };
}

/**
 * What a linked record must meet to take part in a join: visible and
 * published. A hidden row then evaluates to false inside its relation clause,
 * whatever its content, so filters cannot tell it from a missing one.
 */
export function relationCondition(targetUid: string, options: GuardOptions): Params | null {
  const model = options.schemaOf(targetUid);
  const visible = visibilityFilter(targetUid, options);
  const published = hasDraftAndPublish(model) ? { publishedAt: { $notNull: true } } : null;
  const parts = [visible, published].filter(Boolean) as Params[];
  return parts.length ? { $and: parts } : null;
}

/** `$and` of the parts that are present; undefined when none are. */
export function and(...parts: Array<unknown>): Params | undefined {
  const present = parts.filter(
    (part) => part !== undefined && part !== null && !(typeof part === 'object' && !Array.isArray(part) && Object.keys(part as object).length === 0),
  );
  if (present.length === 0) return undefined;
  return present.length === 1 ? (present[0] as Params) : { $and: present };
}
