// Content script for chrome-web-store pages: only this store's extractor is bundled.
import { extractChromeWebStore } from '../extract/chrome-web-store';
import { chromeWebStore } from '../../shared/stores/chrome-web-store';
import { runContentScript } from '../run';

runContentScript(chromeWebStore, extractChromeWebStore);
