/** The audit page's filter form: applied on submit, so typing does not query the log on every key. */
import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useText } from '../shared/use-text';
import { ACTION_GROUPS, ACTION_NAMES } from './actions';
import { vi } from './messages';
import { type AuditFilterForm, EMPTY_FILTERS } from './query';

interface Props {
  value: AuditFilterForm;
  onApply: (filters: AuditFilterForm) => void;
}

/** The select's value for "any action" (an empty value would read as unselected). */
const ANY = '__any__';

export function AuditFilters({ value, onApply }: Props) {
  const { t, language } = useText(vi);
  const [form, setForm] = React.useState(value);
  React.useEffect(() => setForm(value), [value]);
  const set = (name: keyof AuditFilterForm) => (event: React.ChangeEvent<HTMLInputElement>) => setForm((current) => ({ ...current, [name]: event.target.value }));

  return (
    <Box
      tag="form"
      background="neutral0"
      padding={5}
      shadow="filterShadow"
      hasRadius
      aria-label={t('di-san.audit.filters')}
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        onApply(form);
      }}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="action">
            <Field.Label>{t('di-san.audit.filter.action')}</Field.Label>
            <SingleSelect
              value={form.action || ANY}
              onChange={(next: string | number) => {
                // Choosing an action filters at once: a select needs no "Lọc" press.
                const filters = { ...form, action: next === ANY ? '' : String(next) };
                setForm(filters);
                onApply(filters);
              }}
            >
              <SingleSelectOption value={ANY}>{t('di-san.audit.filter.anyAction')}</SingleSelectOption>
              {Object.entries(ACTION_GROUPS).map(([code, names]) => (
                <SingleSelectOption key={code} value={code}>{names[language]}</SingleSelectOption>
              ))}
              {Object.entries(ACTION_NAMES).map(([code, names]) => (
                <SingleSelectOption key={code} value={code}>{`${names[language]} (${code})`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="actor" hint={t('di-san.audit.filter.actorHint')}>
            <Field.Label>{t('di-san.audit.filter.actor')}</Field.Label>
            <TextInput value={form.actor} onChange={set('actor')} autoComplete="off" />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="target" hint={t('di-san.audit.filter.targetHint')}>
            <Field.Label>{t('di-san.audit.filter.target')}</Field.Label>
            <TextInput value={form.target} onChange={set('target')} autoComplete="off" />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="from">
            <Field.Label>{t('di-san.audit.filter.from')}</Field.Label>
            <TextInput type="date" value={form.from} onChange={set('from')} />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
          <Field.Root name="to">
            <Field.Label>{t('di-san.audit.filter.to')}</Field.Label>
            <TextInput type="date" value={form.to} onChange={set('to')} />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} alignItems="flex-end">
          <Flex gap={2} paddingTop={6}>
            <Button type="submit">{t('di-san.audit.filter.apply')}</Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setForm(EMPTY_FILTERS);
                onApply(EMPTY_FILTERS);
              }}
            >
              {t('di-san.audit.filter.clear')}
            </Button>
          </Flex>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
}
