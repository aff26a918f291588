// The one list of content kinds. Collections, routes, getters, the catalogue, the feed, the site
// map and menu, the enforcement hub, open data, the editor and `npm run new` are all derived from
// it; adding a kind is a record file and one line here (see README, “如何新增一类内容”).
// src/lib and src/schemas never import this file: what they need is passed in.
import site from './site.ts';
import department from './department.ts';
import apply from './apply.ts';
import article20 from './article20.ts';
import holidays from './holidays.ts';
import powers from './powers.ts';
import responsibilities from './responsibilities.ts';
import services from './services.ts';
import subjects from './subjects.ts';
import officers from './officers.ts';
import enforcementMatters from './enforcement-matters.ts';
import inspectionItems from './inspection-items.ts';
import inspectionPlans from './inspection-plans.ts';
import penalties from './penalties.ts';
import permits from './permits.ts';
import compulsions from './compulsions.ts';
import recordingItems from './recording-items.ts';
import legalReviewItems from './legal-review-items.ts';
import enforcementFlows from './enforcement-flows.ts';
import documentTemplates from './document-templates.ts';
import enforcementGuides from './enforcement-guides.ts';
import lenientMeasures from './lenient-measures.ts';
import discretionStandards from './discretion-standards.ts';
import reports from './reports.ts';
import documents from './documents.ts';
import interpretations from './interpretations.ts';
import cleanups from './cleanups.ts';
import registry from './registry.ts';
import finance from './finance.ts';
import education from './education.ts';
import shelters from './shelters.ts';
import worksUse from './works-use.ts';
import decisions from './decisions.ts';
import proposals from './proposals.ts';
import orgUnits from './org-units.ts';
import leaders from './leaders.ts';
import fees from './fees.ts';
import notices from './notices.ts';
import news from './news.ts';
import alarmTests from './alarm-tests.ts';
import consultations from './consultations.ts';
import { defineKinds, type ListKind, type SingleKind } from './define.ts';

/**
 * Keyed by the collection name, which references (`ref('subjects')`) and check messages use, in
 * the order readers meet the lists: the site map, the menu, the hub and the open-data page follow it.
 */
export const kinds = defineKinds({
  site,
  department,
  apply,
  article20,
  holidays,
  services,
  powers,
  responsibilities,
  subjects,
  officers,
  enforcementMatters,
  inspectionItems,
  recordingItems,
  legalReviewItems,
  enforcementFlows,
  documentTemplates,
  enforcementGuides,
  lenientMeasures,
  discretionStandards,
  inspectionPlans,
  penalties,
  permits,
  compulsions,
  documents,
  interpretations,
  cleanups,
  registry,
  finance,
  education,
  shelters,
  worksUse,
  decisions,
  proposals,
  orgUnits,
  leaders,
  fees,
  notices,
  news,
  alarmTests,
  consultations,
  reports,
});

export type Kinds = typeof kinds;
export type KindKey = keyof Kinds;
/** Kinds that are folders of entries with pages of their own (all but site.yaml and department.yaml). */
export type ListKey = { [K in KindKey]: Kinds[K] extends { single: true } ? never : K }[KindKey];

export const kindKeys = Object.keys(kinds) as KindKey[];
export const isListKey = (key: KindKey): key is ListKey => !('single' in kinds[key]);
export const listKeys: ListKey[] = kindKeys.filter(isListKey);

/** A list kind's record, typed loosely for code that handles every kind alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const listKind = (key: ListKey): ListKind<any> => kinds[key] as ListKind<any>;
export const singleKind = (key: KindKey): SingleKind | undefined => ('single' in kinds[key] ? (kinds[key] as SingleKind) : undefined);

// Every record is checked against its own schema's keys where it is written (defineKind); this
// line makes the list itself refuse anything that is not a record.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
kinds satisfies Record<string, SingleKind<any> | ListKind<any>>;
