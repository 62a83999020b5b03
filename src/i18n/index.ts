// The engine's words: t(locale) gives them in one language of the atlas (src/i18n/messages.ts), as
// the catalogue (src/i18n/catalogue.ts) lists them.
export { t } from './messages.ts';
export type { UiStrings } from './catalogue.ts';
