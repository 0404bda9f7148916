// Content script for samsung-galaxy-store pages: only this store's extractor is bundled.
import { extractSamsungGalaxyStore } from '../extract/samsung-galaxy-store';
import { samsungGalaxyStore } from '../../shared/stores/samsung-galaxy-store';
import { runContentScript } from '../run';

runContentScript(samsungGalaxyStore, extractSamsungGalaxyStore);
