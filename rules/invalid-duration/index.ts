import { GO_DURATION_FORMAT, LIFETIME_ANNOTATION, fixOf, MIN, PROXY_CONTAINER, SHUTDOWN_ANNOTATION, TDDS, TDDS_REMOVED, removedIn, annotationDrain, clip, defineRule, denialWords, drainDurationFloor, durationFault, durationFix, ezAssumed, fitted, isRecord, meshDiscardWords, meshDrain, meshResource, parseGoDuration, podDenied, proxyConfigDrain, raisesToo, realProblem, resourceEnvSites, suggestDuration, workloadDrain, workloadEnvSites, written, yamlType } from '../../src/rule-api.js';
import type { DrainValues, EnvSite, Fix, MessageSpec, Ref, ResolvedWorkload, ValueProblem } from '../../src/rule-api.js';
const TDD_KEYS = new Set(['terminationDrainDuration', 'termination_drain_duration']);
const DD_KEYS = new Set(['drainDuration', 'drain_duration']);

/** Why drainDuration is rejected although it is a duration: not positive, or not whole seconds. */
function drainSecondsFault(p: ValueProblem): string | undefined {
  if (p.kind !== 'bad-drain-duration') return undefined;
  const secs = typeof p.value === 'string' ? parseGoDuration(p.value) : undefined;
  return secs !== undefined && secs <= 0 ? 'is not positive' : 'is not a whole number of seconds';
}

function durationProblem(p: ValueProblem): boolean {
  if (!realProblem(p)) return false;
  if (p.kind === 'bad-drain-duration') return DD_KEYS.has(p.field);
  // A non-string value comes as 'wrong-type' (validate.ts reads err.parentSchema, which ajv sets only with `verbose`).
  return (p.kind === 'bad-duration' || p.kind === 'wrong-type') && (TDD_KEYS.has(p.field) || DD_KEYS.has(p.field));
}

/** Where a suggestion is made: the drain values at that level, the workload when there is one, the target Istio. */
interface Suggesting {
  d: DrainValues;
  rw?: ResolvedWorkload;
  istio?: string;
}

/**
 * A unit-less number is taken as seconds when it is a whole number below 1000; 1000 and more may
 * well be milliseconds, and a fraction of a second is unusual: then the intent is not clear.
 */
function unambiguous(value: unknown): boolean {
  const unitless = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  return unitless === undefined || (Number.isInteger(unitless) && unitless >= 1 && unitless < 1000);
}

/**
 * "Write terminationDrainDuration: \"30s\"" / "Write it as a Go duration string, e.g. …", with the
 * care that the fix creates no other finding: a drainDuration is raised to the drain it must
 * cover, a longer drain asks to raise drainDuration too (`d`: the values at the same level).
 * `write` is the string to write when the sentence asks for nothing else (the fix writes it).
 */
function fixSentence(key: string, value: unknown, at?: Suggesting): { sentence: string; write?: string } {
  const dd = DD_KEYS.has(key);
  const text = suggestDuration(value, dd);
  const secs = text === undefined ? undefined : parseGoDuration(text);
  if (dd && at) {
    const floor = drainDurationFloor(at.d, secs ?? 30, at.istio);
    if (floor) return { sentence: `Write ${key}: "${floor.target}"${floor.why}` };
  }
  if (text === undefined || secs === undefined) {
    const fix = durationFix(key, value, dd);
    return { sentence: fix.charAt(0).toUpperCase() + fix.slice(1) };
  }
  const setting = TDD_KEYS.has(key) ? 'terminationDrainDuration' : key === MIN || key === 'value' ? MIN : undefined;
  const too = at && setting ? raisesToo(at.d, setting, secs, at.rw, at.istio) : '';
  return { sentence: `Write ${key}: "${text}"${too}`, ...(too || !unambiguous(value) ? {} : { write: text }) };
}

/** The fix that writes the suggested string at `ref`, when there is one. */
function writeFix(ref: Ref, write: string | undefined): Fix | undefined {
  return write === undefined ? undefined : fixOf('layout', [{ op: 'set', at: ref, text: JSON.stringify(write) }]);
}

/** The data of a terminationDrainDuration / drainDuration value problem, and its fix. */
function problemData(p: ValueProblem, at: Suggesting): { data: { setting: string; fault: string; fix: string }; fix?: Fix } {
  const s = fixSentence(p.field, p.value, at);
  return {
    data: { setting: `${p.field}: ${clip(written(p.ref, p.value))}`, fault: drainSecondsFault(p) ?? durationFault(p.value), fix: s.sentence },
    fix: writeFix(p.ref, s.write),
  };
}

const WHOLE_SECONDS = 'Istio validates drainDuration as at least 1s, in whole seconds, because Envoy takes it as --drain-time-s.';

const MESSAGES = {
  meshDuration: {
    message: '{{setting}} {{fault}}: istiod rejects the whole mesh config.',
    help: '{{fix}}. ' + GO_DURATION_FORMAT + ' {{discarded}}',
  },
  meshDrainSeconds: {
    message: '{{setting}} {{fault}}: istiod rejects the whole mesh config.',
    help: '{{fix}}. ' + WHOLE_SECONDS + ' {{discarded}}',
  },
  annotationDuration: {
    message: '{{setting}} {{fault}}: {{denied}}.',
    help: '{{fix}}. ' + GO_DURATION_FORMAT + ' {{why}}',
  },
  annotationDrainSeconds: {
    message: '{{setting}} {{fault}}: {{denied}}.',
    help: '{{fix}}. ' + WHOLE_SECONDS + ' {{why}}',
  },
  minDefault: {
    message: '{{setting}} {{fault}}: pilot-agent uses the 5s default instead.',
    help:
      '{{fix}}. ' +
      GO_DURATION_FORMAT +
      " pilot-agent parses MINIMUM_DRAIN_DURATION with Go's time.ParseDuration and on an error logs a warning and uses 5s: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the proxy starts checking for zero connections after 5s instead of the minimum meant here.",
  },
  envNotString: {
    message: '{{name}} value: {{value}} is {{type}}, not a string: the API server rejects the {{kind}}.',
    help: '{{fix}}. Container env values must be strings.',
  },
  operatorEnvNotString: {
    message: '{{name}} value: {{value}} is {{type}}, not a string: istioctl rejects the IstioOperator.',
    help: '{{fix}}. k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
  },
  lifetimeNotDuration: {
    message: '{{setting}} {{fault}}: the connection lifetime stays unknown.',
    help:
      '{{fix}}. ' +
      GO_DURATION_FORMAT +
      ' drainlint reads its own annotations as Go durations; with this one unreadable it knows no connection lifetime for the workload and does not fall back to the config file or traffic resources.',
  },
  shutdownNotDuration: {
    message: "{{setting}} {{fault}}: the app's shutdown time counts as 0.",
    help: '{{fix}}. ' + GO_DURATION_FORMAT + " drainlint reads its own annotations as Go durations; with this one unreadable it counts the app's shutdown time as 0 and does not fall back to the config file.",
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'invalid-duration',
    severity: 'error',
    description: 'terminationDrainDuration, drainDuration, MINIMUM_DRAIN_DURATION or a drainlint.io duration annotation is not a Go duration string (or drainDuration is not whole seconds): rejected, or silently replaced by the default.',
    help: 'Write durations as quoted Go duration strings with a lower-case unit ("30s", "1m30s"), drainDuration in whole seconds of at least 1s, and container env values as strings.',
    fixable: true,
    fixTypes: ['layout'],
    messages: MESSAGES,
  },
  create(ctx) {
    /** The drain values beside a MINIMUM_DRAIN_DURATION site: its workload's, or those of its mesh config / ProxyConfig. */
    const siteDrain = (site: EnvSite, rw?: ResolvedWorkload): DrainValues => {
      if (rw) return workloadDrain(rw);
      const view = site.ref.view;
      const mapPath = site.ref.path.slice(0, -1);
      if (site.origin === 'mesh') {
        const dcPath = mapPath.slice(0, -1);
        const m = ctx.inventory.meshSources.find((s) => s.view === view && s.path.length + 1 === dcPath.length && s.path.every((seg, i) => seg === dcPath[i]));
        if (m) return meshDrain(m, dcPath, ezAssumed());
      }
      return proxyConfigDrain(view, mapPath, site.where.replace(/^in /, ''));
    };

    /** MINIMUM_DRAIN_DURATION strings pilot-agent cannot parse: silently the 5s default. */
    const minSite = (site: EnvSite, rw?: ResolvedWorkload) => {
      if (site.name !== MIN || typeof site.value !== 'string') return;
      if (site.value === '' && site.origin !== 'env') return; // "" in proxyMetadata unsets the key
      if (parseGoDuration(site.value) !== undefined) return;
      // The gateway chart's env is a map of names to values: the fix is written under the name.
      const envEntry = site.origin === 'env' && site.workload?.origin !== 'gateway-values';
      const key = envEntry ? 'value' : MIN;
      const s = fixSentence(key, site.value, { d: siteDrain(site, rw), rw, istio: ctx.config.istioVersion });
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        severity: 'warning',
        fix: writeFix(site.ref, s.write),
        ...fitted(
          MESSAGES,
          'minDefault',
          {
            setting: `${MIN}${envEntry ? ' value' : ''}: ${clip(written(site.ref, site.value))}`,
            fault: durationFault(site.value),
            fix: s.sentence,
          },
          ['setting'],
        ),
      });
    };

    return {
      workload(rw) {
        const w = rw.workload;
        // 2. terminationDrainDuration / drainDuration in the proxy.istio.io/config annotation: admission denies the pod.
        for (const p of rw.annotationProblems) {
          if (!durationProblem(p)) continue;
          const pd = problemData(p, { d: annotationDrain(rw), rw, istio: ctx.config.istioVersion });
          ctx.report({
            at: p.ref,
            workload: w,
            fix: pd.fix,
            ...fitted(MESSAGES, drainSecondsFault(p) ? 'annotationDrainSeconds' : 'annotationDuration', { ...pd.data, ...denialWords(rw) }, ['setting']),
          });
        }

        // 3. MINIMUM_DRAIN_DURATION in the annotation's proxyMetadata and the istio-proxy env.
        for (const site of workloadEnvSites(rw)) minSite(site, rw);

        // 4. A non-string `value` of MINIMUM_DRAIN_DURATION / TERMINATION_DRAIN_DURATION_SECONDS on istio-proxy: the API rejects the pod spec.
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
          (c.value['env'] as unknown[]).forEach((e, i) => {
            if (!isRecord(e) || (e['name'] !== MIN && e['name'] !== TDDS)) return;
            const value = e['value'];
            if (value === undefined || value === null || typeof value === 'string') return;
            const ref: Ref = { view: w.view, path: [...c.path, 'env', i, 'value'] };
            const shown = written(ref, value);
            const text = e['name'] === MIN ? suggestDuration(value) : typeof value === 'number' ? shown : undefined;
            const quote = text === undefined ? `Write a string, e.g. value: "${e['name'] === MIN ? '30s' : '30'}"` : text === shown ? `Quote it: value: "${text}"` : `Write value: "${text}"`;
            // A minimum that outlasts drainDuration needs drainDuration raised too: not a quote alone.
            const secs = text === undefined ? undefined : parseGoDuration(text);
            const too = e['name'] === MIN && secs !== undefined ? raisesToo(workloadDrain(rw), MIN, secs, rw, ctx.config.istioVersion) : '';
            const alone = e['name'] !== MIN || (unambiguous(value) && secs !== undefined && !too);
            const quoteFix = text !== undefined && alone ? writeFix(ref, text) : undefined;
            // A removed variable is better gone than quoted: quoted, it is accepted and still ignored (removed-setting).
            const gone = e['name'] === TDDS && removedIn(ctx.config.istioVersion, TDDS_REMOVED);
            const fix = gone ? `Remove it: Istio ${TDDS_REMOVED} removed the variable, so quoted it would be accepted and still ignored` : `${quote}${too}`;
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              fix: gone ? undefined : quoteFix,
              ...fitted(MESSAGES, w.origin === 'iop-gateway' ? 'operatorEnvNotString' : 'envNotString', { name: String(e['name']), value: clip(shown), type: yamlType(value), kind: w.kind, fix }, ['value']),
            });
          });
        }

        // 5. drainlint's own duration annotations on the pod template.
        if (podDenied(rw)) return;
        for (const [annotation, messageId] of [
          [LIFETIME_ANNOTATION, 'lifetimeNotDuration'],
          [SHUTDOWN_ANNOTATION, 'shutdownNotDuration'],
        ] as const) {
          const raw = w.podAnnotations[annotation];
          if (typeof raw !== 'string' || parseGoDuration(raw) !== undefined) continue; // non-strings are invalid-field-type
          const ref: Ref = { view: w.view, path: [...w.podMetaPath, 'annotations', annotation] };
          const s = fixSentence(annotation, raw);
          ctx.report({
            at: ref,
            workload: w,
            fix: writeFix(ref, s.write),
            ...fitted(MESSAGES, messageId, { setting: `${annotation}: ${clip(written(ref, raw))}`, fault: durationFault(raw), fix: s.sentence }, ['setting']),
          });
        }
      },

      end() {
        // 1. terminationDrainDuration / drainDuration in a mesh config: istiod discards the whole document.
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (!durationProblem(p)) continue;
            const pd = problemData(p, { d: meshDrain(m, p.ref.path.slice(0, m.path.length + 1)), istio: ctx.config.istioVersion });
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              fix: pd.fix,
              ...fitted(
                MESSAGES,
                drainSecondsFault(p) ? 'meshDrainSeconds' : 'meshDuration',
                { ...pd.data, discarded: meshDiscardWords(m, ctx.inventory) },
                ['setting'],
              ),
            });
          }
        }
        // 3. MINIMUM_DRAIN_DURATION in mesh proxyMetadata and ProxyConfig environmentVariables.
        for (const site of resourceEnvSites(ctx)) minSite(site);
      },
    };
  },
});
