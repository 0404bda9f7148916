// Content script for microsoft-store pages: only this store's extractor is bundled.
import { extractMicrosoftStore } from '../extract/microsoft-store';
import { microsoftStore } from '../../shared/stores/microsoft-store';
import { runContentScript } from '../run';

runContentScript(microsoftStore, extractMicrosoftStore);
