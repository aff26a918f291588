// The audio sample of each alarm signal, synthesised at build time from its national pattern.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ALARM_SIGNALS, ALARM_SIGNAL_NAMES, SIGNAL_SLUGS } from '../../../lib/alarm-signals.ts';
import { sirenWav } from '../../../lib/siren-audio.ts';

export const getStaticPaths = (() => ALARM_SIGNAL_NAMES.map((name) => ({ params: { signal: SIGNAL_SLUGS[name] }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { name } = props as { name: (typeof ALARM_SIGNAL_NAMES)[number] };
  return new Response(sirenWav(ALARM_SIGNALS[name]), { headers: { 'Content-Type': 'audio/wav' } });
};
