import { EZ, MIN, PROXY_CONFIG_ANNOTATION, crLabel, crResource, defineRule, resourceNameInMessage, workloadNameInMessage, fact, formatSeconds, get, isRecord, joinWords, origin, relatedValues, suggestDuration, valueList, workloadName, written } from '../../src/rule-api.js';
import type { ProxyConfigResource, Ref, RelatedValue, ResolvedWorkload, RuleContext, Valued, Workload } from '../../src/rule-api.js';
/** The ProxyConfig CRD's spec (networking.istio.io/v1beta1): nothing else survives the API server. */
const CRD_FIELDS = ['selector', 'concurrency', 'environmentVariables', 'image'];
const DURATION_FIELDS: Record<string, string> = {
  terminationDrainDuration: 'terminationDrainDuration',
  termination_drain_duration: 'terminationDrainDuration',
  drainDuration: 'drainDuration',
  drain_duration: 'drainDuration',
};
const GATEWAY_NAME = 'gateway.networking.k8s.io/gateway-name';
/** Why a field outside the CRD never reaches a proxy (help texts). */
const ONLY =
  'The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl).';

function labelText(labels: Record<string, unknown>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

function labelsMatch(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Per namespace only the oldest applies: creationTimestamp when both have one, else input order (as resolve.ts). */
function olderFirst(a: ProxyConfigResource, b: ProxyConfigResource): number {
  return (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order;
}

/**
 * The default revision's root namespace (meshConfig.rootNamespace of the mesh configs istiod keeps), with where it
 * is set; the same choice as resolve.ts rootNamespace(), which keeps no provenance (candidate for src/).
 */
function rootNamespace(ctx: RuleContext): Valued<string> {
  const kept = ctx.inventory.meshSources.filter((m) => !m.embedError && (ctx.resolution.meshProblems.get(m)?.length ?? 0) === 0);
  const own = kept.filter((m) => m.revision === '' || m.shared);
  own.sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
  let root: Valued<string> = { value: 'istio-system', prov: { level: 'default', source: 'the default root namespace' } };
  for (const m of own) {
    const r = m.value['rootNamespace'];
    if (typeof r === 'string') root = { value: r, prov: { level: 'mesh', source: `rootNamespace of the mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, 'rootNamespace'] } } };
  }
  return root;
}

/** istiod's view of the selector: absent (namespace-wide), or its matchLabels (empty matches no pod). */
function selectorOf(pc: ProxyConfigResource): { present: boolean; matchLabels: Record<string, unknown> } {
  const sel = get(pc.value, ['spec', 'selector']);
  if (sel === undefined || sel === null) return { present: false, matchLabels: {} };
  const ml = isRecord(sel) ? sel['matchLabels'] : undefined;
  return { present: true, matchLabels: isRecord(ml) ? ml : {} };
}

function envNames(pc: ProxyConfigResource): string[] {
  const env = get(pc.value, ['spec', 'environmentVariables']);
  return isRecord(env) ? Object.keys(env) : [];
}

/** The drain variables among `names` as the workload has them (EZ, MIN), for help texts and related locations. */
function drainEnv(names: string[], rw: ResolvedWorkload): [string, Valued<unknown>][] {
  const values: [string, Valued<unknown>][] = [];
  if (names.includes(EZ)) values.push([EZ, rw.ez]);
  if (names.includes(MIN)) values.push([MIN, rw.min]);
  return values;
}

/** "Deployment shop/checkout" or "Deployment shop/checkout and 2 more workloads". */
function targetWords(first: ResolvedWorkload, count: number, what = 'workload'): string {
  const n = count - 1;
  return `${workloadName(first)}${n > 0 ? ` and ${n} more ${what}${n === 1 ? '' : 's'}` : ''}`;
}

/** " Values for Deployment shop/checkout: MINIMUM_DRAIN_DURATION 5s (default)." — or nothing when there are none. */
function valuesFor(first: ResolvedWorkload | undefined, count: number, values: [string, Valued<unknown>][]): string {
  return first && values.length > 0 ? ` Values for ${targetWords(first, count)}: ${valueList(values)}.` : '';
}

export default defineRule({
  meta: {
    id: 'proxy-config-resource-misuse',
    severity: 'warning',
    description: 'A ProxyConfig resource that cannot do what it is written for: fields its schema prunes (drain durations), a selector in the root namespace, a second selector-less ProxyConfig in one namespace, or a Gateway API gateway selected by a label other than gateway.networking.k8s.io/gateway-name.',
    help: "Write drain durations in the pod template's proxy.istio.io/config annotation or meshConfig.defaultConfig and proxy environment variables under spec.environmentVariables; select pods in their own namespace, keep one selector-less ProxyConfig per namespace, and select a Gateway API gateway by gateway.networking.k8s.io/gateway-name only.",
    crossWorkload: true,
    fixable: false,
    messages: {
      prunedDuration: {
        message: '{{key}} is not a ProxyConfig field and is pruned: {{workload}} keeps {{field}} {{value}}.',
        help: `Set it in {{where}} and remove it here. ${ONLY} Values for {{targets}}: {{values}}.`,
      },
      prunedField: {
        message: '{{key}} is not a ProxyConfig field and is pruned: no proxy ever sees it.',
        help: `Set it in {{where}} and remove it here. ${ONLY}`,
      },
      prunedEnvVar: {
        message: '{{key}} is not a ProxyConfig field and is pruned: it never becomes a proxy environment variable.',
        help: `Move it under spec.environmentVariables (as {{key}}: {{shown}}), where proxy environment variables go. ${ONLY}{{values}}`,
      },
      prunedMetadata: {
        message: '{{key}} is not a ProxyConfig field (the resource calls it environmentVariables) and is pruned: its variables never reach a proxy.',
        help: `Rename the key to environmentVariables. ${ONLY}{{values}}`,
      },
      selectorField: {
        message: '{{key}} is not a selector field and is pruned: the selector matches by its matchLabels alone.',
        help: 'Move it under spec.selector.matchLabels if the ProxyConfig should select by it too. A workload selector has only matchLabels, and the API server prunes any other field.',
      },
      selectorFieldNoLabels: {
        message: '{{key}} is not a selector field and is pruned, which leaves no matchLabels: this ProxyConfig applies to no pod.',
        help: 'Move it under spec.selector.matchLabels, or remove the selector to apply the resource to the whole namespace. A workload selector has only matchLabels, and istiod skips a ProxyConfig whose selector has no matchLabels.',
      },
      emptySelector: {
        message: 'The selector has no matchLabels, so istiod applies this ProxyConfig to no pod.',
        help: 'Remove the selector to apply it to namespace {{namespace}}, or add matchLabels. istiod skips it both as a namespace-wide ProxyConfig (it has a selector) and as a workload one (no labels to match).',
      },
      gatewaySelector: {
        message: 'The selector never matches Gateway {{gateway}}, which istiod selects by gateway.networking.k8s.io/gateway-name alone.',
        help: `Select ${GATEWAY_NAME}: {{name}} only. istiod computes the ProxyConfig of a Gateway API gateway from that single label (and no annotations), so a selector on any other label, or on that label plus another, never applies to it. Values: {{values}}.`,
      },
      rootSelector: {
        message: 'A selector in the root namespace {{root}} matches only pods of {{root}}, not {{workload}}.',
        help: "Remove the selector to apply it mesh-wide, or create it in {{namespaces}} to target those pods. istiod looks up workload selectors only in the pod's own namespace, so it misses {{missed}}. Values: {{values}}.",
      },
      olderSelectorless: {
        message: '{{winner}} is older and also has no selector: istiod applies only that one and ignores this one.',
        help: 'Merge its settings into {{winner}} and delete it. istiod applies only the oldest selector-less ProxyConfig {{scope}}, and {{winner}} was {{why}}.{{values}}',
      },
    },
  },
  create(ctx) {
    const root = rootNamespace(ctx);

    // What each ProxyConfig needs from the workloads is known before any comes; workload() fills it in.
    const losers = selectorlessLosers(ctx.inventory.proxyConfigs);
    const watches: Watch[] = [];
    for (const pc of ctx.inventory.proxyConfigs) {
      const spec = pc.value['spec'];
      if (!isRecord(spec)) continue;
      const selector = selectorOf(pc);
      const narrowed = selector.present && Object.keys(selector.matchLabels).length > 0 && pc.namespace !== undefined;
      watches.push({
        pc,
        spec,
        selector,
        targets: 0,
        wantsTargets: pc.namespace !== undefined && (Object.keys(spec).some((k) => !CRD_FIELDS.includes(k)) || losers.has(pc)),
        wantsGateway: narrowed,
        wantsOutside: narrowed && pc.namespace === root.value,
        outside: 0,
        outsideNamespaces: new Set(),
      });
    }
    // By namespace, so a workload is only checked against the ProxyConfigs that can concern it.
    const everywhere: Watch[] = [];
    const targetsIn = new Map<string, Watch[]>();
    const gatewaysIn = new Map<string, Watch[]>();
    const fromRoot: Watch[] = [];
    const add = (m: Map<string, Watch[]>, ns: string, w: Watch) => m.set(ns, [...(m.get(ns) ?? []), w]);
    for (const w of watches) {
      const ns = w.pc.namespace!;
      if (w.wantsTargets) {
        if (!w.selector.present && ns === root.value) everywhere.push(w);
        else if (!w.selector.present || Object.keys(w.selector.matchLabels).length > 0) add(targetsIn, ns, w);
      }
      if (w.wantsGateway) add(gatewaysIn, ns, w);
      if (w.wantsOutside) fromRoot.push(w);
    }

    // Nothing to watch for: no workload needs a visit.
    const watching = everywhere.length > 0 || targetsIn.size > 0 || gatewaysIn.size > 0 || fromRoot.length > 0;

    return {
      workload: !watching
        ? undefined
        : (rw) => {
            const wl = rw.workload;
            const ns = wl.effectiveNamespace;
            // The first Gateway API gateway of the namespace the selector was meant for (with a proxy or not).
            if (wl.origin === 'gateway-api' && ns !== undefined) {
              for (const w of gatewaysIn.get(ns) ?? []) if (!w.gateway && meantFor(w.selector.matchLabels, wl)) w.gateway = rw;
            }
            if (rw.sidecar.status === 'none') return;
            // The workloads (with a proxy) the ProxyConfig is written for: the first and how many.
            for (const w of everywhere) {
              w.first ??= rw;
              w.targets++;
            }
            for (const w of ns === undefined ? [] : (targetsIn.get(ns) ?? [])) {
              if (w.selector.present && !labelsMatch(w.selector.matchLabels, wl.podLabels)) continue;
              w.first ??= rw;
              w.targets++;
            }
            // Pods outside the root namespace that a root-namespace selector was meant for (it never reaches them).
            if (ns === root.value) return;
            for (const w of fromRoot) {
              if (!labelsMatch(w.selector.matchLabels, wl.podLabels)) continue;
              w.outsideFirst ??= rw;
              w.outside++;
              w.outsideNamespaces.add(ns ?? '(unknown)');
            }
          },

      end() {
        for (const { pc, spec, selector, first, targets, gateway, outsideFirst: w0, outside, outsideNamespaces } of watches) {
          const specPath = [...pc.base, 'spec'];

          // 1. Fields the CRD does not have: pruned (or rejected) by the API server.
          for (const [key, value] of Object.entries(spec)) {
            if (CRD_FIELDS.includes(key)) continue;
            const at: Ref = { view: pc.view, path: [...specPath, key], target: 'key' };
            const field = DURATION_FIELDS[key];
            if (field) {
              const v = first ? (field === 'terminationDrainDuration' ? first.tdd : first.dd) : undefined;
              const line = `${field}: "${suggestDuration(value) ?? '30s'}"`;
              const meshWide = !selector.present && pc.namespace === root.value;
              const where = meshWide ? `meshConfig.defaultConfig (${line}) for every proxy` : `the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template (${line})`;
              if (first && v) {
                const data = { key, workload: workloadNameInMessage(first), field, value: formatSeconds(v.value), where, targets: targetWords(first, targets), values: valueList([[field, v]]) };
                ctx.report({ at, resource: crResource(pc), messageId: 'prunedDuration', data, related: relatedValues([[field, v]]) });
              } else {
                ctx.report({ at, resource: crResource(pc), messageId: 'prunedField', data: { key, where }, related: [] });
              }
            } else if (key === EZ || key === MIN || /^[A-Z][A-Z0-9_]*$/.test(key)) {
              const env = first ? drainEnv([key], first) : [];
              const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(String(value));
              ctx.report({ at, resource: crResource(pc), messageId: 'prunedEnvVar', data: { key, shown, values: valuesFor(first, targets, env) }, related: relatedValues(env) });
            } else if (key === 'proxyMetadata' || key === 'proxy_metadata' || key === 'environment_variables') {
              const env = first ? drainEnv(isRecord(value) ? Object.keys(value) : [], first) : [];
              ctx.report({ at, resource: crResource(pc), messageId: 'prunedMetadata', data: { key, values: valuesFor(first, targets, env) }, related: relatedValues(env) });
            } else {
              const where = `the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template or in meshConfig.defaultConfig`;
              ctx.report({ at, resource: crResource(pc), messageId: 'prunedField', data: { key, where }, related: [] });
            }
          }

          // 2. The selector's own shape: only matchLabels, and istiod skips a selector without labels.
          const sel = spec['selector'];
          if (isRecord(sel)) {
            const noLabels = !isRecord(sel['matchLabels']) || Object.keys(sel['matchLabels']).length === 0;
            const stray = Object.keys(sel).filter((k) => k !== 'matchLabels');
            for (const key of stray) {
              ctx.report({
                at: { view: pc.view, path: [...specPath, 'selector', key], target: 'key' },
                resource: crResource(pc),
                messageId: noLabels ? 'selectorFieldNoLabels' : 'selectorField',
                data: { key },
              });
            }
            if (stray.length === 0 && noLabels) {
              ctx.report({
                at: { view: pc.view, path: [...specPath, 'selector'], target: 'key' },
                resource: crResource(pc),
                messageId: 'emptySelector',
                data: { namespace: pc.namespace ?? '(its namespace)' },
              });
            }
          }

          if (!selector.present || Object.keys(selector.matchLabels).length === 0 || !pc.namespace) continue;
          const matchLabelsPath = [...specPath, 'selector', 'matchLabels'];

          // 3. A selector meant for a Gateway API gateway: istiod matches only gateway.networking.k8s.io/gateway-name.
          if (gateway && !labelsMatch(selector.matchLabels, gateway.workload.podLabels)) {
            const g = gateway.workload;
            const wrong = Object.keys(selector.matchLabels).find((k) => g.podLabels[k] !== selector.matchLabels[k])!;
            const env = drainEnv(envNames(pc), gateway);
            const gatewayName = resourceNameInMessage(g).replace(/^Gateway /, '');
            const related: RelatedValue[] = [];
            if (g.anchor) related.push({ message: `Gateway ${gatewayName} (class ${g.gatewayClass ?? ''})`, ref: g.anchor });
            related.push(...relatedValues(env));
            ctx.report({
              at: { view: pc.view, path: [...matchLabelsPath, wrong], target: 'key' },
              resource: crResource(pc),
              messageId: 'gatewaySelector',
              data: {
                gateway: gatewayName,
                name: g.name ?? '<gateway name>',
                values: valueList([
                  fact('selector', labelText(selector.matchLabels), 'spec.selector.matchLabels', { view: pc.view, path: matchLabelsPath }),
                  fact('Gateway', gatewayName, `class ${g.gatewayClass ?? ''}`, g.anchor),
                  ...env,
                ]),
              },
              related,
            });
            continue;
          }

          // 4. A selector in the root namespace only ever matches pods of the root namespace.
          if (pc.namespace === root.value) {
            if (!w0) continue;
            const w = w0.workload;
            const env = drainEnv(envNames(pc), w0);
            const labelRef: Ref = { view: w.view, path: [...w.labelsPath, Object.keys(selector.matchLabels)[0]!], target: 'key' };
            const related: RelatedValue[] = [{ message: `pod labels of ${workloadName(w0)}`, ref: labelRef }];
            if (root.prov.ref) related.push({ message: `rootNamespace ${root.value} (${root.prov.source})`, ref: root.prov.ref });
            related.push(...relatedValues(env));
            const nss = [...outsideNamespaces];
            ctx.report({
              at: { view: pc.view, path: [...specPath, 'selector'], target: 'key' },
              resource: crResource(pc),
              messageId: 'rootSelector',
              data: {
                root: root.value,
                workload: workloadNameInMessage(w0),
                namespaces: `namespace${nss.length === 1 ? '' : 's'} ${joinWords(nss)}`,
                missed: targetWords(w0, outside, `workload outside ${root.value}`),
                values: valueList([['root namespace', root], fact('pod labels', labelText(selector.matchLabels), workloadName(w0), labelRef), ...env]),
              },
              related,
            });
          }
        }

        // 5. Several selector-less ProxyConfigs in one namespace: only the oldest applies.
        const watchOf = new Map(watches.map((w) => [w.pc, w]));
        const rootWords = `the root namespace ${root.value}${root.prov.level === 'default' ? '' : ` (${origin(root.prov)})`}`;
        for (const [pc, winner] of losers) {
          const winnerRef: Ref = { view: winner.view, path: [...winner.base, 'metadata', 'name'] };
          const scope = pc.namespace === root.value ? `of ${rootWords} (the mesh-wide level)` : `of a namespace`;
          const why =
            winner.creationTimestamp && pc.creationTimestamp
              ? `created ${stamp(winner)}, before this one (${stamp(pc)})`
              : 'listed earlier in the input (without creationTimestamp on both, drainlint takes input order as creation order)';
          const watch = watchOf.get(pc);
          const first = watch?.first;
          const env = first ? drainEnv(envNames(pc), first) : [];
          const related: RelatedValue[] = [{ message: `${crLabel(winner)} (applies)`, ref: winnerRef }];
          related.push(...relatedValues(env));
          ctx.report({
            at: { view: pc.view, path: [...pc.base, 'metadata', 'name'] },
            resource: crResource(pc),
            messageId: 'olderSelectorless',
            data: { winner: resourceNameInMessage(winner), scope, why, values: valuesFor(first, watch?.targets ?? 0, env) },
            related,
          });
        }
      },
    };
  },
});

/**
 * What one ProxyConfig (with a spec) needs from the workloads, kept across them: the first workload
 * with a proxy it is written for and how many there are; the first Gateway API gateway its selector
 * was meant for; for a root-namespace selector, the first pod outside the root namespace it was
 * meant for, how many and their namespaces. A few references and counts per ProxyConfig, and only
 * where a finding can use them, however many workloads the run has.
 */
interface Watch {
  pc: ProxyConfigResource;
  spec: Record<string, unknown>;
  selector: { present: boolean; matchLabels: Record<string, unknown> };
  /** A finding may name the workloads it is written for: it has a pruned field, or it is ignored. */
  wantsTargets: boolean;
  first?: ResolvedWorkload;
  targets: number;
  wantsGateway: boolean;
  gateway?: ResolvedWorkload;
  wantsOutside: boolean;
  outsideFirst?: ResolvedWorkload;
  outside: number;
  /** In the order first met. */
  outsideNamespaces: Set<string>;
}

/**
 * Selector-less ProxyConfigs (with a spec) that an older one of the same namespace overrides, each
 * with the one that applies: namespaces in input order, each newest last.
 */
function selectorlessLosers(pcs: ProxyConfigResource[]): Map<ProxyConfigResource, ProxyConfigResource> {
  const byNs = new Map<string, ProxyConfigResource[]>();
  for (const pc of pcs) {
    if (!pc.namespace || selectorOf(pc).present || !isRecord(pc.value['spec'])) continue;
    byNs.set(pc.namespace, [...(byNs.get(pc.namespace) ?? []), pc]);
  }
  const out = new Map<ProxyConfigResource, ProxyConfigResource>();
  for (const list of byNs.values()) {
    if (list.length < 2) continue;
    const [winner, ...rest] = [...list].sort(olderFirst);
    for (const pc of rest) out.set(pc, winner!);
  }
  return out;
}

/** creationTimestamp as written. */
function stamp(pc: ProxyConfigResource): string {
  const ref: Ref = { view: pc.view, path: [...pc.base, 'metadata', 'creationTimestamp'] };
  return written(ref, get(pc.view.value, ref.path)).replace(/^"|"$/g, '');
}

/**
 * Whether a selector was written for this Gateway API gateway: it uses the gateway-name label key, a
 * label value equal to the Gateway's name (istio.io/gateway-name: <name>, app: <name>), or labels the
 * Gateway itself carries.
 */
function meantFor(selector: Record<string, unknown>, g: Workload): boolean {
  if (GATEWAY_NAME in selector) return selector[GATEWAY_NAME] === g.name;
  if (g.name !== undefined && Object.values(selector).includes(g.name)) return true;
  const own = get(g.value, ['metadata', 'labels']);
  return isRecord(own) && labelsMatch(selector, own);
}
