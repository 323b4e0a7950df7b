/**
 * OAI-PMH 2.0 requests, checked (pure). Which arguments each verb takes is
 * the protocol's table (section 4); anything else is an error with the
 * protocol's own code, which the response carries instead of records.
 * Arguments come from the query string, or a form body for POST, and may
 * repeat there, so they arrive as lists: a repeated argument is itself an
 * error (badArgument), and a repeated verb is a badVerb.
 */

export const VERBS = ['GetRecord', 'Identify', 'ListIdentifiers', 'ListMetadataFormats', 'ListRecords', 'ListSets'] as const;
export type Verb = (typeof VERBS)[number];

export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

export interface OaiError {
  code: OaiErrorCode;
  message: string;
}

export interface OaiArgs {
  identifier?: string;
  metadataPrefix?: string;
  from?: string;
  until?: string;
  set?: string;
  resumptionToken?: string;
}

type ArgName = keyof OaiArgs;

interface VerbRule {
  required: ArgName[];
  optional: ArgName[];
  /** An argument that must come alone (with the verb). */
  exclusive?: ArgName;
}

const LIST: VerbRule = { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' };

const RULES: Record<Verb, VerbRule> = {
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  Identify: { required: [], optional: [] },
  ListIdentifiers: LIST,
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListRecords: LIST,
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
};

export type ParsedRequest = { ok: true; verb: Verb; args: OaiArgs } | { ok: false; verb: Verb | null; errors: OaiError[] };

const isVerb = (value: string): value is Verb => (VERBS as readonly string[]).includes(value);

/** Reads the request's parameters (each a list of the values given) into a verb and its arguments, or the errors. */
export function parseRequest(params: Record<string, string[]>): ParsedRequest {
  const verbs = params.verb ?? [];
  if (verbs.length !== 1) {
    return { ok: false, verb: null, errors: [{ code: 'badVerb', message: verbs.length ? 'The verb argument is repeated.' : 'The verb argument is missing.' }] };
  }
  const verb = verbs[0];
  if (!isVerb(verb)) return { ok: false, verb: null, errors: [{ code: 'badVerb', message: `"${verb}" is not an OAI-PMH verb.` }] };

  const rule = RULES[verb];
  const errors: OaiError[] = [];
  const args: OaiArgs = {};
  const allowed = new Set<string>(['verb', ...rule.required, ...rule.optional, ...(rule.exclusive ? [rule.exclusive] : [])]);
  for (const [name, values] of Object.entries(params)) {
    if (!allowed.has(name)) {
      errors.push({ code: 'badArgument', message: `"${name}" is not an argument of ${verb}.` });
      continue;
    }
    if (name === 'verb') continue;
    if (values.length > 1) errors.push({ code: 'badArgument', message: `The argument "${name}" is repeated.` });
    else args[name as ArgName] = values[0];
  }
  if (rule.exclusive && args[rule.exclusive] !== undefined) {
    const others = Object.keys(args).filter((name) => name !== rule.exclusive);
    if (others.length) errors.push({ code: 'badArgument', message: `${rule.exclusive} is an exclusive argument: ${others.join(', ')} may not come with it.` });
  } else {
    for (const name of rule.required) {
      // A repeated argument was reported as such above.
      if ((args[name] === undefined && !(params[name]?.length > 1)) || args[name] === '') errors.push({ code: 'badArgument', message: `${verb} requires the argument "${name}".` });
    }
  }
  return errors.length ? { ok: false, verb, errors } : { ok: true, verb, args };
}
