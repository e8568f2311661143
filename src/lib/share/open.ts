/** What opening a share link needs, in one chunk loaded only when a page opens with `#a=…`. */
export { readLink } from './link';
export { shareTexts } from '../i18n/share';
