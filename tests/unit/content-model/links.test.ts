/**
 * The link maps that search sync and the site derive from src/content-model,
 * pinned: which records are re-synced when a record changes, which records
 * list a media item's kind, and which backlinks a page shows. A new relation
 * in a schema shows up here, as a decision to make.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, linksTo } from '../../../src/content-model';
import { MEDIA_HOLDERS } from '../../../src/search/sync/load';
import { pointedAtBy } from '../../../src/search/sync/related';
import { backlinksTo } from '../../../src/site/load/record';

const sorted = (pairs: string[]) => [...pairs].sort();

describe('derived link maps', () => {
  it('search: the records whose documents show a record of each type', () => {
    const expected: Record<string, string[]> = {
      'ethnic-group': ['custom.ethnicGroups', 'festival.ethnicGroups', 'media-item.ethnicGroups', 'person.ethnicGroups', 'story.ethnicGroups', 'language.speakingGroups'],
      language: ['ethnic-group.languages', 'media-item.languages'],
      place: ['ethnic-group.places', 'custom.places', 'festival.places', 'media-item.place', 'person.place', 'story.places', 'place.parent'],
      'media-item': ['story.mediaItems'],
    };
    for (const type of ARCHIVE_TYPES) {
      assert.deepEqual(sorted(pointedAtBy(type).map(({ source, field }) => `${source}.${field}`)), sorted(expected[type] ?? []), type);
    }
  });

  it('search: the records that list the kinds of their media', () => {
    assert.deepEqual(
      linksTo('media-item').map(({ target, field }) => `${target}:${field}`),
      ['place:place', 'ethnic-group:ethnicGroups', 'festival:festivals', 'custom:customs', 'language:languages'],
    );
    assert.deepEqual(MEDIA_HOLDERS.map(({ source, field }) => `${source}.${field}`), ['story.mediaItems']);
  });

  it('site: the backlinks each record page lists', () => {
    const expected: Record<string, string[]> = {
      festival: ['media-item.festivals', 'story.festivals'],
      custom: ['media-item.customs', 'story.customs'],
      'ethnic-group': ['media-item.ethnicGroups', 'story.ethnicGroups', 'festival.ethnicGroups', 'custom.ethnicGroups', 'person.ethnicGroups'],
      language: ['media-item.languages'],
      place: ['media-item.place', 'story.places', 'festival.places', 'custom.places', 'person.place'],
      person: ['story.people'],
    };
    for (const type of ARCHIVE_TYPES) {
      assert.deepEqual(sorted(backlinksTo(type).map(([source, field]) => `${source}.${field}`)), sorted(expected[type] ?? []), type);
    }
  });
});
