// Content script for f-droid pages: only this store's extractor is bundled.
import { extractFDroid } from '../extract/f-droid';
import { fDroid } from '../../shared/stores/f-droid';
import { runContentScript } from '../run';

runContentScript(fDroid, extractFDroid);
