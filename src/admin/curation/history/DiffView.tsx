/**
 * What changed between two versions, field by field: the field's label in
 * the admin's language (its stored name below), the value before and after.
 * Relations and media also say what was linked and unlinked; long texts wrap
 * as written and fold after a few hundred characters.
 */
import * as React from 'react';
import { Box, Flex, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { fieldLabel } from '../../../curation/labels/fields';
import { useText } from '../shared/use-text';
import type { Diff, FieldChange } from './api';
import { type Language, readableValue } from './format';
import { vi } from './messages';
import { relationKey, type RelationNames, useRelationNames } from './relation-names';

interface Props {
  /** null while the pair is being compared. */
  diff: Diff | null;
  isLoading: boolean;
  from: number;
  to: number;
}

export function DiffView({ diff, isLoading, from, to }: Props) {
  const { t, language } = useText(vi);
  const names = useRelationNames(diff?.to.uid ?? '', diff?.changes, diff?.to.locale ?? null);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} aria-busy={isLoading} data-testid="history-diff">
      <Typography variant="delta" tag="h3">{t('di-san.history.diff.title', { from, to })}</Typography>
      {!diff ? (
        <Typography textColor="neutral600">{t('di-san.history.diff.loading')}</Typography>
      ) : diff.changes.length === 0 ? (
        <Typography>{t('di-san.history.diff.none')}</Typography>
      ) : (
        <Table colCount={3} rowCount={diff.changes.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t('di-san.history.diff.field')}</Typography></Th>
              <Th><Typography variant="sigma">{t('di-san.history.diff.before', { id: from })}</Typography></Th>
              <Th><Typography variant="sigma">{t('di-san.history.diff.after', { id: to })}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {diff.changes.map((change) => (
              <ChangeRow key={change.field} uid={diff.to.uid} change={change} language={language} names={names} />
            ))}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
}

interface RowProps {
  uid: string;
  change: FieldChange;
  language: Language;
  names: RelationNames;
}

/** Related records by name where known (documentIds otherwise); media stay file ids. */
const namedLinks = (change: FieldChange, names: RelationNames, value: unknown): unknown => {
  if (change.kind !== 'relation') return value;
  const name = (id: unknown) => names.get(relationKey(change.field, id)) ?? id;
  return Array.isArray(value) ? value.map(name) : value == null ? value : name(value);
};

function ChangeRow({ uid, change, language, names }: RowProps) {
  const label = fieldLabel(uid, change.field)?.[language] ?? change.field;
  const isLinks = change.kind === 'relation' || change.kind === 'media';
  return (
    <Tr data-field={change.field}>
      <Td style={{ verticalAlign: 'top', width: '20%' }}>
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{label}</Typography>
          <Typography variant="pi" textColor="neutral500">{change.field}</Typography>
        </Flex>
      </Td>
      <Td style={{ verticalAlign: 'top', width: '40%' }}>
        <ValueText change={change} value={namedLinks(change, names, change.before)} language={language} />
      </Td>
      <Td style={{ verticalAlign: 'top', width: '40%' }}>
        <ValueText change={change} value={namedLinks(change, names, change.after)} language={language} />
        {isLinks && <LinkChanges added={namedLinks(change, names, change.added ?? []) as unknown[]} removed={namedLinks(change, names, change.removed ?? []) as unknown[]} />}
      </Td>
    </Tr>
  );
}

function ValueText({ change, value, language }: { change: FieldChange; value: unknown; language: Language }) {
  const { t } = useText(vi);
  const words = { empty: t('di-san.history.diff.empty'), yes: t('di-san.history.diff.yes'), no: t('di-san.history.diff.no') };
  const isLinks = change.kind === 'relation' || change.kind === 'media';
  const text = readableValue(value, language, words);
  if (isLinks && Array.isArray(value) && value.length > 0) {
    return (
      <Box>
        <Typography variant="pi" fontWeight="bold" tag="p">{t('di-san.history.diff.links', { count: value.length })}</Typography>
        <LongText text={text} />
      </Box>
    );
  }
  return <LongText text={text} />;
}

function LinkChanges({ added, removed }: { added: unknown[]; removed: unknown[] }) {
  const { t } = useText(vi);
  const list = (items: unknown[]) => items.map(String).join(', ');
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
      {added.length > 0 && <Typography variant="pi" textColor="success600">{t('di-san.history.diff.added', { count: added.length, items: list(added) })}</Typography>}
      {removed.length > 0 && <Typography variant="pi" textColor="danger600">{t('di-san.history.diff.removed', { count: removed.length, items: list(removed) })}</Typography>}
      {added.length === 0 && removed.length === 0 && <Typography variant="pi" textColor="neutral600">{t('di-san.history.diff.reordered')}</Typography>}
    </Flex>
  );
}

/** Characters shown before a long text folds. */
const FOLD_AT = 400;

function LongText({ text }: { text: string }) {
  const { t } = useText(vi);
  const [isOpen, setIsOpen] = React.useState(false);
  const isLong = text.length > FOLD_AT + 40;
  const shown = isLong && !isOpen ? `${text.slice(0, FOLD_AT).trimEnd()}…` : text;
  return (
    <Box>
      <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{shown}</Typography>
      {isLong && (
        <TextButton onClick={() => setIsOpen((open) => !open)}>
          {isOpen ? t('di-san.history.diff.less') : t('di-san.history.diff.more')}
        </TextButton>
      )}
    </Box>
  );
}
