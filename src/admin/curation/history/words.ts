/** Version kinds and authors in the admin's language (hooks: they read the translations). */
import { useText } from '../shared/use-text';
import type { Author, VersionKind } from './api';
import { authorKey } from './format';
import { vi } from './messages';

export function useKindName() {
  const { t } = useText(vi);
  return (kind: VersionKind | string) => {
    switch (kind) {
      case 'save':
        return t('di-san.history.kind.save');
      case 'publish':
        return t('di-san.history.kind.publish');
      case 'unpublish':
        return t('di-san.history.kind.unpublish');
      case 'restore':
        return t('di-san.history.kind.restore');
      default:
        return kind;
    }
  };
}

export function useAuthorName() {
  const { t } = useText(vi);
  return (author: Author) => {
    if (typeof author === 'object' && author) return author.name;
    const { id, value } = authorKey(author);
    if (id === 'system') return t('di-san.history.author.system');
    if (id === 'token') return t('di-san.history.author.token', { id: value });
    if (id === 'deleted') return t('di-san.history.author.deleted', { id: value });
    return value;
  };
}
