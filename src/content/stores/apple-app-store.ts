// Content script for apple-app-store pages: only this store's extractor is bundled.
import { extractAppleAppStore } from '../extract/apple-app-store';
import { appleAppStore } from '../../shared/stores/apple-app-store';
import { runContentScript } from '../run';

runContentScript(appleAppStore, extractAppleAppStore);
