// Where content lives and which files are entries: shared by the content check, the build's
// collections, attachments and `npm run new`, none of which should need the schemas for it.
export const CONTENT_DIR = 'content';
// Plain Markdown only: MDX would let content run components and scripts past the sanitiser.
export const MARKDOWN_EXTENSIONS = ['.md'] as const;
export const YAML_EXTENSIONS = ['.yaml', '.yml'] as const;
