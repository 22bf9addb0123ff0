/** Largest document accepted for import: plan documents are a few hundred kilobytes to a few megabytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
