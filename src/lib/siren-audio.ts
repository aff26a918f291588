// A short audio sample of an alarm signal, made from its pattern at build time: an 8 kHz mono
// 8-bit WAV of a siren that winds up while it sounds and falls silent in its pauses. The pattern is
// sped up by the same factor for every signal, so the samples keep the signals' rhythm relative
// to one another, and cut to a few seconds so each file stays small.
import type { SignalPattern } from './alarm-signals.ts';

export const SAMPLE_RATE = 8000;
/** 1 second of sample for 12 seconds of signal: 预先警报's 36 s sound becomes 3 s. */
export const SPEED_UP = 12;
export const MAX_SECONDS = 5;

const LOW_HZ = 300;
const HIGH_HZ = 650;
/** Seconds the siren takes to wind up to its full pitch (and to fade, at the end of a sound). */
const WIND_UP = 0.6;
const FADE = 0.03;

/** Sound and pause spans of the sample, in seconds: whole cycles that fit MAX_SECONDS, at least one. */
export function sampleSpans(pattern: SignalPattern): { sound: number; pause: number }[] {
  const sound = pattern.sound / SPEED_UP;
  const pause = pattern.pause / SPEED_UP;
  if (pause === 0) return [{ sound: Math.min(sound * pattern.repeat, MAX_SECONDS), pause: 0 }];
  const cycles = Math.max(1, Math.min(pattern.repeat, Math.floor(MAX_SECONDS / (sound + pause))));
  return Array.from({ length: cycles }, () => ({ sound, pause }));
}

/** The siren's samples (0..255, 128 silent) for the spans. */
export function sirenSamples(spans: { sound: number; pause: number }[]): Uint8Array<ArrayBuffer> {
  const total = Math.round(spans.reduce((sum, span) => sum + span.sound + span.pause, 0) * SAMPLE_RATE);
  const out = new Uint8Array(total).fill(128);
  let at = 0;
  let phase = 0;
  for (const span of spans) {
    const length = Math.round(span.sound * SAMPLE_RATE);
    for (let i = 0; i < length; i += 1) {
      const t = i / SAMPLE_RATE;
      const pitch = LOW_HZ + (HIGH_HZ - LOW_HZ) * Math.min(1, t / WIND_UP);
      phase += (2 * Math.PI * pitch) / SAMPLE_RATE;
      // Short fades keep the edges from clicking.
      const envelope = Math.min(1, t / FADE, (span.sound - t) / FADE);
      out[at + i] = 128 + Math.round(100 * envelope * Math.sin(phase));
    }
    at += length + Math.round(span.pause * SAMPLE_RATE);
  }
  return out;
}

/** A RIFF/WAVE file of 8-bit unsigned mono PCM. */
export function wavFile(samples: Uint8Array, rate = SAMPLE_RATE): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(44 + samples.length);
  const view = new DataView(file.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true); // bytes per second: one byte a sample
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples.length, true);
  file.set(samples, 44);
  return file;
}

/** The sample file of a signal pattern. */
export function sirenWav(pattern: SignalPattern): Uint8Array<ArrayBuffer> {
  return wavFile(sirenSamples(sampleSpans(pattern)));
}
