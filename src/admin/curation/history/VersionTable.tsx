/** The versions of a record's locale, newest first, each pickable for the diff and restorable. */
import { Badge, Button, Checkbox, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useText } from '../shared/use-text';
import type { VersionSummary } from './api';
import { formatBytes, formatDateTime, isAdminAuthor } from './format';
import { vi } from './messages';
import { useAuthorName, useKindName } from './words';

interface Props {
  versions: VersionSummary[];
  picked: number[];
  onPick: (id: number) => void;
  onRestore: (version: VersionSummary) => void;
}

const KIND_VARIANTS: Record<string, 'neutral' | 'success' | 'warning' | 'primary'> = {
  save: 'neutral',
  publish: 'success',
  unpublish: 'warning',
  restore: 'primary',
};

export function VersionTable({ versions, picked, onPick, onRestore }: Props) {
  const { t, language } = useText(vi);
  const kindName = useKindName();
  const authorName = useAuthorName();
  return (
    <Table colCount={7} rowCount={versions.length + 1}>
      <caption>
        <VisuallyHidden>{t('di-san.history.versions.caption')}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('di-san.history.versions.compare')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.history.versions.id')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.history.versions.kind')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.history.versions.author')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.history.versions.date')}</Typography></Th>
          <Th><Typography variant="sigma">{t('di-san.history.versions.size')}</Typography></Th>
          <Th><VisuallyHidden>{t('di-san.history.versions.actions')}</VisuallyHidden></Th>
        </Tr>
      </Thead>
      <Tbody>
        {versions.map((version, index) => (
          <Tr key={version.id} data-version={version.id}>
            <Td>
              <Checkbox
                checked={picked.includes(version.id)}
                onCheckedChange={() => onPick(version.id)}
                aria-label={t('di-san.history.versions.pick', { id: version.id })}
              />
            </Td>
            <Td><Typography>#{version.id}</Typography></Td>
            <Td>
              <Badge variant={KIND_VARIANTS[version.kind] ?? 'neutral'}>{kindName(version.kind)}</Badge>
            </Td>
            <Td>
              <Typography title={isAdminAuthor(version.author) ? version.author.email : undefined}>{authorName(version.author)}</Typography>
            </Td>
            <Td><Typography>{formatDateTime(version.createdAt, language)}</Typography></Td>
            <Td><Typography textColor="neutral600">{formatBytes(version.size, language)}</Typography></Td>
            <Td>
              {/* The newest version is what the record holds now: restoring it would change nothing. */}
              {index > 0 && (
                <Button
                  variant="tertiary"
                  size="S"
                  startIcon={<ArrowClockwise />}
                  aria-label={t('di-san.history.restore.label', { id: version.id })}
                  onClick={() => onRestore(version)}
                >
                  {t('di-san.history.restore.button')}
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
