/** Every rule, registered explicitly and sorted by id (a meta-test checks folders against this list). */
import type { Rule } from '../src/rule.js';
import connectionsOutliveGracePeriod from './connections-outlive-grace-period/index.js';
import drainEnvOnAppContainer from './drain-env-on-app-container/index.js';
import drainExceedsGracePeriod from './drain-exceeds-grace-period/index.js';
import drainSettingOutsideProxyMetadata from './drain-setting-outside-proxy-metadata/index.js';
import invalidBoolean from './invalid-boolean/index.js';
import invalidDuration from './invalid-duration/index.js';
import invalidFieldType from './invalid-field-type/index.js';
import minDrainShorterThanAppPrestop from './min-drain-shorter-than-app-prestop/index.js';
import misplacedAnnotation from './misplaced-annotation/index.js';
import misplacedGracePeriod from './misplaced-grace-period/index.js';
import proxyExitsBeforeApp from './proxy-exits-before-app/index.js';
import proxyMetadataNotString from './proxy-metadata-not-string/index.js';
import removedSetting from './removed-setting/index.js';
import terminationDrainDurationIgnored from './termination-drain-duration-ignored/index.js';
import unknownProxyConfigKey from './unknown-proxy-config-key/index.js';

export const RULES: readonly Rule[] = [
  connectionsOutliveGracePeriod,
  drainEnvOnAppContainer,
  drainExceedsGracePeriod,
  drainSettingOutsideProxyMetadata,
  invalidBoolean,
  invalidDuration,
  invalidFieldType,
  minDrainShorterThanAppPrestop,
  misplacedAnnotation,
  misplacedGracePeriod,
  proxyExitsBeforeApp,
  proxyMetadataNotString,
  removedSetting,
  terminationDrainDurationIgnored,
  unknownProxyConfigKey,
];
