/** Value formats: Go durations and booleans, and preStop hook durations as the catalogue defines them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest } from '../src/text.js';
import { compareVersions } from '../src/domain/versions.js';
import { formatSeconds, parseGoBool, parseGoDuration, suggestDuration } from '../src/domain/durations.js';
import { preStopDuration } from '../src/domain/prestop.js';
import { runsPilotAgentProxy } from '../src/domain/removed.js';
import type { Container } from '../src/inventory/model.js';

describe('Go duration', () => {
  it('accepts what time.ParseDuration accepts', () => {
    assert.equal(parseGoDuration('5s'), 5);
    assert.equal(parseGoDuration('1m30s'), 90);
    assert.equal(parseGoDuration('500ms'), 0.5);
    assert.equal(parseGoDuration('1.5h'), 5400);
    assert.equal(parseGoDuration('0'), 0);
    assert.equal(parseGoDuration('0s'), 0);
  });
  it('reads microseconds written with the micro sign (U+00B5) or the Greek mu (U+03BC), as Go does', () => {
    assert.deepEqual(['1500\u00b5s', '1500\u03bcs', '1500us', '1ms500\u00b5s'].map(parseGoDuration), [0.0015, 0.0015, 0.0015, 0.0015]);
    assert.deepEqual(['250 \u00b5s', '250 \u03bcs', '250 micros'].map((v) => suggestDuration(v)), ['250\u00b5s', '250\u03bcs', '250us']);
  });
  it('rejects numbers without units and other text', () => {
    for (const bad of ['30', '', 's', '5 s', '1d', 'five', '5S']) assert.equal(parseGoDuration(bad), undefined, bad);
  });
  it('formats seconds as users write them', () => {
    assert.deepEqual([0, 0.5, 5, 45, 60, 90, 3600, 2.5].map(formatSeconds), ['0s', '500ms', '5s', '45s', '1m', '1m30s', '1h', '2.5s']);
  });
});

describe('Go ParseBool', () => {
  it('true/false spellings and the rest', () => {
    for (const t of ['1', 't', 'T', 'TRUE', 'true', 'True']) assert.equal(parseGoBool(t), true);
    for (const f of ['0', 'f', 'F', 'FALSE', 'false', 'False']) assert.equal(parseGoBool(f), false);
    for (const u of ['yes', 'on', '', 'tRUE']) assert.equal(parseGoBool(u), undefined);
  });
});

describe('preStop durations', () => {
  const exec = (...command: string[]) => ({ exec: { command } });
  it('sleep action and exec sleep', () => {
    assert.deepEqual(preStopDuration({ sleep: { seconds: 15 } }), { seconds: 15, via: 'sleep-action' });
    assert.deepEqual(preStopDuration(exec('sleep', '30')), { seconds: 30, via: 'exec' });
    assert.deepEqual(preStopDuration(exec('/bin/sleep', '1m', '30s')), { seconds: 90, via: 'exec' });
    assert.deepEqual(preStopDuration(exec('sleep', '2.5')), { seconds: 2.5, via: 'exec' });
  });
  it('shell scripts: sleeps in sequence are summed', () => {
    assert.deepEqual(preStopDuration(exec('/bin/sh', '-c', 'sleep 30 && echo done')), { seconds: 30, via: 'exec' });
    assert.deepEqual(preStopDuration(exec('bash', '-c', 'sleep 10; sleep 5\nsleep 1m')), { seconds: 75, via: 'exec' });
  });
  it('unknown: loops, variables, infinity, other commands, httpGet', () => {
    for (const hook of [
      exec('sh', '-c', 'while true; do sleep 1; done'),
      exec('sh', '-c', 'sleep $DELAY'),
      exec('sleep', 'infinity'),
      exec('sh', '-c', 'nginx -s quit && sleep 5'),
      exec('/app/drain'),
      { httpGet: { path: '/drain', port: 8080 } },
    ]) {
      const d = preStopDuration(hook);
      assert.ok(d && 'unknown' in d, JSON.stringify(hook));
    }
  });
  it('spec §8.11: the sleeps before a command of unknown duration are a lower bound', () => {
    const bound = (hook: unknown) => {
      const d = preStopDuration(hook);
      return d && !('unknown' in d) && d.atLeast === true ? { seconds: d.seconds, why: d.why } : d;
    };
    assert.deepEqual(bound(exec('sh', '-c', 'sleep 30 && ./stop.sh')), { seconds: 30, why: 'the preStop script runs `./stop.sh`, whose duration is unknown, after 30s of sleep' });
    assert.deepEqual(bound(exec('/bin/bash', '-c', 'sleep 10\nsleep 5; nginx -s quit; sleep 60')), { seconds: 15, why: 'the preStop script runs `nginx -s quit`, whose duration is unknown, after 15s of sleep' });
    assert.deepEqual(bound(exec('sh', '-c', 'sleep 20; while true; do sleep 1; done')), { seconds: 20, why: 'the preStop script has a loop, condition, pipe or variable (`while true`), after 20s of sleep' });
    assert.deepEqual(bound(exec('sh', '-c', 'sleep 5; sleep $DELAY')), { seconds: 5, why: 'the preStop script has a loop, condition, pipe or variable (`sleep $DELAY`), after 5s of sleep' });
  });
  it('spec §8.11: a sequence stops at exit; the sleeps after it never run', () => {
    assert.deepEqual(preStopDuration(exec('sh', '-c', 'sleep 5; exit 0; sleep 60')), { seconds: 5, via: 'exec' });
    assert.deepEqual(preStopDuration(exec('sh', '-c', 'echo bye && exit\n./never-runs && sleep 90')), { seconds: 0, via: 'exec' });
  });
  it('no hook at all is undefined', () => {
    assert.equal(preStopDuration(undefined), undefined);
  });
});

describe('containers that run pilot-agent proxy (removed-setting)', () => {
  const c = (value: Record<string, unknown>) => ({ name: 'x', value, path: [], init: false }) as unknown as Container;
  it('pilot-agent in the command, a shell script, or args on an Istio proxy image', () => {
    assert.equal(runsPilotAgentProxy(c({ command: ['/usr/local/bin/pilot-agent'], args: ['proxy', 'sidecar'] })), true);
    assert.equal(runsPilotAgentProxy(c({ command: ['pilot-agent', 'proxy', 'router'] })), true);
    assert.equal(runsPilotAgentProxy(c({ command: ['/bin/sh', '-c', 'sleep 1 && exec /usr/local/bin/pilot-agent proxy sidecar'] })), true);
    assert.equal(runsPilotAgentProxy(c({ image: 'docker.io/istio/proxyv2:1.5.10', args: ['proxy', 'sidecar'] })), true);
    assert.equal(runsPilotAgentProxy(c({ image: 'gcr.io/istio-release/proxyv2:1.24.2-distroless', args: ['proxy', 'router'] })), true);
    assert.equal(runsPilotAgentProxy(c({ image: 'auto', args: ['proxy', 'sidecar'] })), true);
  });
  it('not: another subcommand, another program, another image', () => {
    assert.equal(runsPilotAgentProxy(c({ command: ['pilot-agent', 'request', 'POST', 'drain'] })), false);
    assert.equal(runsPilotAgentProxy(c({ command: ['envoy'], args: ['proxy'] })), false);
    assert.equal(runsPilotAgentProxy(c({ image: 'example/app:1.0', args: ['proxy', 'sidecar'] })), false);
    assert.equal(runsPilotAgentProxy(c({ image: 'docker.io/istio/proxyv2:1.24.2', args: ['request', 'GET', '/ready'] })), false);
  });
});

describe('helpers', () => {
  it('did you mean', () => {
    assert.equal(closest('terminationDrainDurationSeconds', ['terminationDrainDuration', 'drainDuration']), 'terminationDrainDuration');
    assert.equal(closest('terminationDrianDuration', ['terminationDrainDuration', 'drainDuration']), 'terminationDrainDuration');
    assert.equal(closest('zzz', ['terminationDrainDuration']), undefined);
  });
  it('versions', () => {
    assert.ok(compareVersions('1.9', '1.10') < 0);
    assert.ok(compareVersions('1.27.1', '1.27') > 0);
    assert.equal(compareVersions('v1.33', '1.33.0'), 0);
  });
});
