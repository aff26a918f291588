// Astro collections over the top-level content/ folder, built from the kind registry.
// Entry ids are the file names (the stable codes), not Astro's lower-cased slugs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { contentKinds, CONTENT_DIR, type ContentKind } from './schemas/index.ts';

const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

function folder<K extends ContentKind>(kind: K) {
  const pattern = kind.format === 'yaml' ? '**/*.{yaml,yml}' : '**/*.md';
  return defineCollection({
    loader: glob({ pattern, base: `./${CONTENT_DIR}/${kind.path}`, generateId: stripExtension }),
    schema: kind.schema as K['schema'],
  });
}

/** A single YAML file (site.yaml, department.yaml) as a collection of one entry with id "main". */
function single<K extends ContentKind>(kind: K) {
  return defineCollection({
    loader: async () => {
      const data = parseYaml(await readFile(new URL(`../${CONTENT_DIR}/${kind.path}`, import.meta.url), 'utf8'));
      return { main: data };
    },
    schema: kind.schema as K['schema'],
  });
}

export const collections = {
  site: single(contentKinds.site),
  department: single(contentKinds.department),
  powers: folder(contentKinds.powers),
  responsibilities: folder(contentKinds.responsibilities),
  services: folder(contentKinds.services),
  subjects: folder(contentKinds.subjects),
  officers: folder(contentKinds.officers),
  enforcementMatters: folder(contentKinds.enforcementMatters),
  inspectionItems: folder(contentKinds.inspectionItems),
  inspectionPlans: folder(contentKinds.inspectionPlans),
  penalties: folder(contentKinds.penalties),
  permits: folder(contentKinds.permits),
  recordingItems: folder(contentKinds.recordingItems),
  legalReviewItems: folder(contentKinds.legalReviewItems),
  enforcementFlows: folder(contentKinds.enforcementFlows),
  documentTemplates: folder(contentKinds.documentTemplates),
  enforcementGuides: folder(contentKinds.enforcementGuides),
  lenientMeasures: folder(contentKinds.lenientMeasures),
  discretionStandards: folder(contentKinds.discretionStandards),
  reports: folder(contentKinds.reports),
  documents: folder(contentKinds.documents),
  interpretations: folder(contentKinds.interpretations),
  cleanups: folder(contentKinds.cleanups),
  registry: folder(contentKinds.registry),
};
