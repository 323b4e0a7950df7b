/** Pure mappers from loaded records to search documents. */
export { toCatalogueDocument, type CatalogueDocumentInput, type IndexableRecord } from './catalogue-document';
export { toTranscriptSegments, cueLines, cueText, type CaptionTrackText, type CueLine } from './transcripts';
export { isHiddenName, splitNames, PEJORATIVE_EXONYM_WORDS } from './names';
export { markdownToText, markdownSnippet, snippetOf } from './text';
export { festivalMonths, edtfYearAndDecade, latestOccurrenceYear } from './dates';
