// Content script for google-play pages: only this store's extractor is bundled.
import { extractGooglePlay } from '../extract/google-play';
import { googlePlay } from '../../shared/stores/google-play';
import { runContentScript } from '../run';

runContentScript(googlePlay, extractGooglePlay);
