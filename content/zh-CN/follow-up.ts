/** What the follow-up clock says, and the channels it links to: one chunk, loaded when the clock opens. */
export { default as words } from './follow-up-words';
export { default as channels } from './channels';
