/** Every rule, registered explicitly and sorted by id (a meta-test checks folders against this list). */
import type { Rule } from '../src/rule.js';
import annotationNotRendered from './annotation-not-rendered/index.js';
import connectionsOutliveGracePeriod from './connections-outlive-grace-period/index.js';
import drainEnvOnAppContainer from './drain-env-on-app-container/index.js';
import drainExceedsGracePeriod from './drain-exceeds-grace-period/index.js';
import drainSettingOutsideProxyMetadata from './drain-setting-outside-proxy-metadata/index.js';
import drainSettingsUnused from './drain-settings-unused/index.js';
import exitOnZeroUnbounded from './exit-on-zero-unbounded/index.js';
import exitOnZeroVersionBug from './exit-on-zero-version-bug/index.js';
import gatewayDrainTooShort from './gateway-drain-too-short/index.js';
import globalLifecycleOverride from './global-lifecycle-override/index.js';
import injectAnnotationNotLabel from './inject-annotation-not-label/index.js';
import injectionBlockedByNamespace from './injection-blocked-by-namespace/index.js';
import invalidBoolean from './invalid-boolean/index.js';
import invalidDuration from './invalid-duration/index.js';
import invalidFieldType from './invalid-field-type/index.js';
import invalidMeshConfig from './invalid-mesh-config/index.js';
import invalidNativeSidecarAnnotation from './invalid-native-sidecar-annotation/index.js';
import jobSidecarBlocksCompletion from './job-sidecar-blocks-completion/index.js';
import listenersCloseBeforeDrainEnds from './listeners-close-before-drain-ends/index.js';
import minDrainShorterThanAppPrestop from './min-drain-shorter-than-app-prestop/index.js';
import misplacedAnnotation from './misplaced-annotation/index.js';
import misplacedGracePeriod from './misplaced-grace-period/index.js';
import nativeSidecarIgnoresDrainSettings from './native-sidecar-ignores-drain-settings/index.js';
import nativeSidecarUnsupported from './native-sidecar-unsupported/index.js';
import proxyConfigEnvOverride from './proxy-config-env-override/index.js';
import proxyConfigResourceMisuse from './proxy-config-resource-misuse/index.js';
import proxyExitsBeforeApp from './proxy-exits-before-app/index.js';
import proxyMetadataNotString from './proxy-metadata-not-string/index.js';
import removedSetting from './removed-setting/index.js';
import terminationDrainDurationIgnored from './termination-drain-duration-ignored/index.js';
import unknownProxyConfigKey from './unknown-proxy-config-key/index.js';

export const RULES: readonly Rule[] = [
  annotationNotRendered,
  connectionsOutliveGracePeriod,
  drainEnvOnAppContainer,
  drainExceedsGracePeriod,
  drainSettingOutsideProxyMetadata,
  drainSettingsUnused,
  exitOnZeroUnbounded,
  exitOnZeroVersionBug,
  gatewayDrainTooShort,
  globalLifecycleOverride,
  injectAnnotationNotLabel,
  injectionBlockedByNamespace,
  invalidBoolean,
  invalidDuration,
  invalidFieldType,
  invalidMeshConfig,
  invalidNativeSidecarAnnotation,
  jobSidecarBlocksCompletion,
  listenersCloseBeforeDrainEnds,
  minDrainShorterThanAppPrestop,
  misplacedAnnotation,
  misplacedGracePeriod,
  nativeSidecarIgnoresDrainSettings,
  nativeSidecarUnsupported,
  proxyConfigEnvOverride,
  proxyConfigResourceMisuse,
  proxyExitsBeforeApp,
  proxyMetadataNotString,
  removedSetting,
  terminationDrainDurationIgnored,
  unknownProxyConfigKey,
];
