/**
 * What the player needs only once a reader acts: audio description and the signer's sync (on
 * play) and printing the transcript (on its button). Loaded on demand, in one small chunk, so
 * a page that never plays or prints the video does not download them.
 */
export { describe } from './describer.js';
export { syncSign } from './sign-sync.js';
export { printOnly } from './print.js';
