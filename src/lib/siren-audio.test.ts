import { describe, expect, it } from 'vitest';
import { ALARM_SIGNALS } from './alarm-signals.ts';
import { SAMPLE_RATE, sampleSpans, sirenSamples, sirenWav } from './siren-audio.ts';

describe('siren samples', () => {
  it('keep each signal’s rhythm, sped up alike, in a few seconds', () => {
    expect(sampleSpans(ALARM_SIGNALS.预先警报)).toEqual([{ sound: 3, pause: 2 }]);
    expect(sampleSpans(ALARM_SIGNALS.空袭警报)).toEqual(Array.from({ length: 5 }, () => ({ sound: 0.5, pause: 0.5 })));
    expect(sampleSpans(ALARM_SIGNALS.解除警报)).toEqual([{ sound: 5, pause: 0 }]);
  });
  it('sound in the sound spans and are silent in the pauses', () => {
    const samples = sirenSamples([{ sound: 0.5, pause: 0.5 }]);
    expect(samples.length).toBe(SAMPLE_RATE);
    const loud = samples.slice(400, 3600);
    expect(Math.max(...loud) - Math.min(...loud)).toBeGreaterThan(150);
    expect(samples.slice(4001).every((s) => s === 128)).toBe(true);
  });
  it('are valid small 8 kHz mono WAV files', () => {
    for (const pattern of Object.values(ALARM_SIGNALS)) {
      const file = sirenWav(pattern);
      const view = new DataView(file.buffer);
      expect(new TextDecoder().decode(file.slice(0, 4))).toBe('RIFF');
      expect(new TextDecoder().decode(file.slice(8, 16))).toBe('WAVEfmt ');
      expect(view.getUint32(4, true)).toBe(file.length - 8);
      expect(view.getUint16(22, true)).toBe(1);
      expect(view.getUint32(24, true)).toBe(8000);
      expect(view.getUint32(40, true)).toBe(file.length - 44);
      expect(file.length).toBeLessThan(50_000);
    }
  });
});
