// Content script for huawei-appgallery pages: only this store's extractor is bundled.
import { extractHuaweiAppGallery } from '../extract/huawei-appgallery';
import { huaweiAppGallery } from '../../shared/stores/huawei-appgallery';
import { runContentScript } from '../run';

runContentScript(huaweiAppGallery, extractHuaweiAppGallery);
