import type { Schema, Struct } from '@strapi/strapi';

export interface CalendarOccurrence extends Struct.ComponentSchema {
  collectionName: 'components_calendar_occurrences';
  info: {
    description: 'A dated holding of a festival in one year, with its source.';
    displayName: 'Occurrence';
  };
  attributes: {
    endDate: Schema.Attribute.Date & Schema.Attribute.Required;
    note: Schema.Attribute.Text;
    sourceTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    sourceUrl: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1900;
        },
        number
      >;
  };
}

export interface CalendarTimingRule extends Struct.ComponentSchema {
  collectionName: 'components_calendar_timing_rules';
  info: {
    description: 'When a festival is held: Vietnamese lunar calendar (UTC+7), solar (Gregorian), or varies.';
    displayName: 'Timing rule';
  };
  attributes: {
    calendar: Schema.Attribute.Enumeration<['lunar', 'solar', 'varies']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'lunar'>;
    day: Schema.Attribute.Integer;
    endDay: Schema.Attribute.Integer;
    endMonth: Schema.Attribute.Integer;
    leapMonth: Schema.Attribute.Enumeration<
      ['regular-only', 'leap-only', 'both']
    > &
      Schema.Attribute.DefaultTo<'regular-only'>;
    month: Schema.Attribute.Integer;
    note: Schema.Attribute.Text;
  };
}

export interface HeritageStatus extends Struct.ComponentSchema {
  collectionName: 'components_heritage_statuses';
  info: {
    description: "Inscription on a UNESCO list or Vietnam's national list of intangible heritage.";
    displayName: 'Heritage status';
  };
  attributes: {
    list: Schema.Attribute.Enumeration<
      ['unesco-representative', 'unesco-urgent', 'national']
    > &
      Schema.Attribute.Required;
    reference: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1900;
        },
        number
      >;
  };
}

export interface MediaCaption extends Struct.ComponentSchema {
  collectionName: 'components_media_captions';
  info: {
    description: 'A caption, subtitle or transcript file in one language (BCP 47 tag).';
    displayName: 'Caption or transcript';
  };
  attributes: {
    file: Schema.Attribute.Media<'files'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<
      ['captions', 'subtitles', 'transcript']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'captions'>;
    tag: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 35;
      }>;
  };
}

export interface MediaConsent extends Struct.ComponentSchema {
  collectionName: 'components_media_consents';
  info: {
    description: 'Who agreed to recording and sharing, for what scope, until when, and whether it was withdrawn.';
    displayName: 'Consent';
  };
  attributes: {
    expiresOn: Schema.Attribute.Date;
    givenBy: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    givenOn: Schema.Attribute.Date;
    note: Schema.Attribute.Text;
    scope: Schema.Attribute.Enumeration<
      ['public', 'research', 'archive-only']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'archive-only'>;
    withdrawalReason: Schema.Attribute.Text;
    withdrawnBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    withdrawnOn: Schema.Attribute.Date;
  };
}

export interface PlaceFormerUnit extends Struct.ComponentSchema {
  collectionName: 'components_place_former_units';
  info: {
    description: 'An administrative unit abolished or merged by the July 2025 reform.';
    displayName: 'Former unit';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    district: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface SharedGeoPoint extends Struct.ComponentSchema {
  collectionName: 'components_shared_geo_points';
  info: {
    description: 'WGS 84 coordinates.';
    displayName: 'Geo point';
  };
  attributes: {
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
  };
}

export interface SharedPopulationNote extends Struct.ComponentSchema {
  collectionName: 'components_shared_population_notes';
  info: {
    description: 'A population figure as stated by its source.';
    displayName: 'Population note';
  };
  attributes: {
    figure: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    isUncertain: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    scope: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    sourceTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    sourceUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1900;
        },
        number
      >;
  };
}

export interface SharedSource extends Struct.ComponentSchema {
  collectionName: 'components_shared_sources';
  info: {
    description: 'Where a fact comes from.';
    displayName: 'Source';
  };
  attributes: {
    accessedOn: Schema.Attribute.Date;
    isUncertain: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    publisher: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface SharedTaggedName extends Struct.ComponentSchema {
  collectionName: 'components_shared_tagged_names';
  info: {
    description: 'A name or term in a language identified by a BCP 47 tag (e.g. blt-Tavt, hnj).';
    displayName: 'Tagged name';
  };
  attributes: {
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    tag: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 35;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface SharedUncertainFact extends Struct.ComponentSchema {
  collectionName: 'components_shared_uncertain_facts';
  info: {
    description: 'A fact on this record that could not be confirmed, and why.';
    displayName: 'Uncertain fact';
  };
  attributes: {
    field: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    note: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'calendar.occurrence': CalendarOccurrence;
      'calendar.timing-rule': CalendarTimingRule;
      'heritage.status': HeritageStatus;
      'media.caption': MediaCaption;
      'media.consent': MediaConsent;
      'place.former-unit': PlaceFormerUnit;
      'shared.geo-point': SharedGeoPoint;
      'shared.population-note': SharedPopulationNote;
      'shared.source': SharedSource;
      'shared.tagged-name': SharedTaggedName;
      'shared.uncertain-fact': SharedUncertainFact;
    }
  }
}
